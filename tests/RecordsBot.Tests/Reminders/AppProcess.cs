using System.Collections.Concurrent;
using System.Diagnostics;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// The built app (src/RecordsBot/bin/{configuration}/net10.0/RecordsBot.dll) run as its own process with Debian's
/// libfaketime preloaded (what the <c>faketime</c> command does, but without its wrapper process, so the app itself
/// gets the stop signal), so its clock starts at a chosen date and runs on from there; on a fixed loopback port and
/// SQLite file; its console output is kept. Stopped with SIGTERM, as a service manager stops it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;

    private AppProcess(Process process) => this.process = process;

    public ConcurrentQueue<string> Output { get; } = new();

    public static string LibFaketime =>
        new[] { "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/faketime/libfaketime.so.1" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("libfaketime is not installed: run ./test.sh, which installs Debian's faketime package (apt-get install faketime).");

    public static string AppDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = Path.Combine(Infrastructure.RepoPaths.Root, "src", "RecordsBot", "bin", configuration, "net10.0", "RecordsBot.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution first (./test.sh builds it).");
        }
    }

    /// <summary>Starts the app with its clock at <paramref name="fakeUtc"/> (then running at normal speed).</summary>
    public static AppProcess Start(DateTime fakeUtc, int port, string databasePath, IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.Combine(Infrastructure.RepoPaths.Root, "src", "RecordsBot"),
        };
        foreach (var arg in new[] { AppDll, "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["LD_PRELOAD"] = LibFaketime;
        info.Environment["FAKETIME"] = "@" + fakeUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["TZ"] = "UTC";
        info.Environment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__RecordsBot"] = $"Data Source={databasePath}";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
        app.process.OutputDataReceived += (_, e) => { if (e.Data is not null) { app.Output.Enqueue(e.Data); } };
        app.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { app.Output.Enqueue(e.Data); } };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    public bool HasExited => process.HasExited;

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 200 ms, or fails after <paramref name="limit"/>
    /// with what the app printed (a real process: nothing to fake here).</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (process.HasExited || watch.Elapsed > limit)
            {
                Assert.Fail($"Waited {watch.Elapsed.TotalSeconds:F0} s for {what}; the app {(process.HasExited ? "exited" : "is running")}. Its output:\n" + string.Join("\n", Output.TakeLast(60)));
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGTERM, then waits for a clean exit.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
