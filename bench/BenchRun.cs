using System.Diagnostics;
using RecordsBot.Bench.Load;
using RecordsBot.Bench.Pdf;
using RecordsBot.Bench.Startup;
using RecordsBot.Bench.Sweep;

namespace RecordsBot.Bench;

/// <summary>Runs the chosen parts one after another (never together: they would share the 2 cores), prints the table and writes the JSON.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchSettings settings, TextWriter output, TextWriter log)
    {
        var repoRoot = FindRepoRoot();
        var workDir = Path.Combine(Path.GetTempPath(), "recordsbot-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(workDir);
        var context = new BenchContext(settings, repoRoot, workDir, log);
        if (!File.Exists(context.AppDll))
        {
            log.WriteLine($"The app is not built at {context.AppDll}: run the bench with `dotnet run -c Release --project bench`.");
            return 2;
        }

        // Start-up first, on a quiet machine; then the load, the letters and the sweep (whose seeding is the heaviest on disk).
        IBenchPart[] parts = [new StartupBench(), new LoadBench(), new PdfBench(), new SweepBench()];
        var sections = new List<BenchSection>();
        var failed = false;
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var started = Stopwatch.GetTimestamp();
        try
        {
            foreach (var part in parts.Where(p => settings.Runs(p.Name)))
            {
                context.Progress($"{part.Name}: starting");
                try
                {
                    sections.Add(await part.RunAsync(context, cancel.Token));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed = true;
                    log.WriteLine($"{part.Name} failed: {e}");
                    sections.Add(new BenchSection(part.Name, [], [$"FAILED: {e.GetType().Name}: {e.Message}"]));
                }

                context.Progress($"{part.Name}: done");
            }
        }
        finally
        {
            if (!settings.Keep)
            {
                TryDelete(workDir);
            }
            else
            {
                log.WriteLine($"Scratch folder kept: {workDir}");
            }
        }

        var report = new BenchReport(DateTimeOffset.Now, MachineInfo.Read(), settings, Stopwatch.GetElapsedTime(started), sections);
        report.WriteTable(output);
        var jsonPath = Path.GetFullPath(settings.JsonPath, repoRoot);
        report.WriteJson(jsonPath);
        output.WriteLine($"JSON: {Path.GetRelativePath(repoRoot, jsonPath)}");
        return failed ? 1 : 0;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RecordsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RecordsBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
