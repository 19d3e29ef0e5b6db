using System.Diagnostics;
using System.Text.Json;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Bench;

/// <summary>
/// The benchmark command (bench/) still runs end to end, so it cannot rot between measurements: every part at toy sizes,
/// its conversation script still matching the bot (the load part checks every reply), the JSON written. It times
/// nothing: figures come only from running the bench itself (bench/README.md).
/// </summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Every_part_runs_and_writes_its_report()
    {
        using var data = new TestDataFolder();
        var json = Path.Combine(data.Path, "bench.json");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in new[]
        {
            BenchDll, "--people", "3", "--seconds", "1", "--warmup", "0", "--rate", "20", "--sweep-requests", "300",
            "--pdf-letters", "5", "--startup-runs", "2", "--json", json,
        })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"bench exited with {process.ExitCode}:\n{await output}\n{await errors}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var sections = report.RootElement.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["load", "pdf", "startup", "sweep"], sections.Keys.Order(StringComparer.Ordinal));
        Assert.All(sections.Values, s => Assert.NotEmpty(s.GetProperty("rows").EnumerateArray()));
        var errorsRow = sections["load"].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("metric").GetString() == "errors, all phases");
        Assert.Equal(0, errorsRow.GetProperty("value").GetDouble());
        Assert.Contains("| sweep |", await output, StringComparison.Ordinal);
    }

    private static string BenchDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = Path.Combine(RepoPaths.Root, "bench", "bin", configuration, "net10.0", "RecordsBot.Bench.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution first (./test.sh builds it).");
        }
    }
}
