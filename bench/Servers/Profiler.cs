using System.Diagnostics;

namespace RecordsBot.Bench.Servers;

/// <summary>
/// <c>--profile</c>: a CPU sample of a server under load with dotnet-trace (a local tool of the repository, see
/// dotnet-tools.json), and its hottest methods by exclusive and inclusive time, for the report's notes.
/// </summary>
public static class Profiler
{
    public static async Task<IReadOnlyList<string>> SampleAsync(BenchContext context, int pid, string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var trace = Path.Combine(context.RepoRoot, "artifacts", "bench", name + ".nettrace");
        Directory.CreateDirectory(Path.GetDirectoryName(trace)!);
        var seconds = (int)Math.Max(1, duration.TotalSeconds);
        var collect = await ToolAsync(context, ["collect", "-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
            "--duration", $"00:00:00:{seconds:00}", "-o", trace], cancellationToken);
        if (!File.Exists(trace))
        {
            return [$"profile: dotnet-trace did not write a trace ({collect.Trim()})"];
        }

        var exclusive = await ToolAsync(context, ["report", trace, "topN", "-n", "30"], cancellationToken);
        var inclusive = await ToolAsync(context, ["report", trace, "topN", "-n", "60", "--inclusive"], cancellationToken);
        return
        [
            $"profile of {name} ({seconds} s of CPU samples, {Path.GetRelativePath(context.RepoRoot, trace)}), top methods by exclusive time:",
            exclusive.TrimEnd(),
            "by inclusive time:",
            inclusive.TrimEnd(),
        ];
    }

    private static async Task<string> ToolAsync(BenchContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = context.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("dotnet-trace");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet-trace did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return await output + await error;
    }
}
