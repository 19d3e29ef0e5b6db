using RecordsBot.Bench.Load;
using RecordsBot.Bench.Servers;

namespace RecordsBot.Bench.Startup;

/// <summary>
/// Start-up: from starting the built app's process (<c>dotnet RecordsBot.dll</c>, as the README runs it) to <c>/readyz</c>
/// answering 200 (schema up to date, dialogs and knowledge loaded and checked, Web Chat bundle present). The first run
/// creates its database; the others start on it, as a restarted instance does. Then the first turn's time, which
/// pays for what start-up left to the first person.
/// </summary>
public sealed class StartupBench : IBenchPart
{
    public string Name => "startup";

    public async Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var runs = new List<(double ReadySeconds, double FirstTurnMs, double MemoryMiB)>();
        for (var i = 0; i < Math.Max(2, context.Settings.StartupRuns); i++)
        {
            if (i == 0)
            {
                await ServerLaunch.DropDatabaseAsync(context, "startup", cancellationToken);
            }

            await using var server = ServerLaunch.RecordsBot(context, "startup");
            var ready = await server.WaitReadyAsync(http, TimeSpan.FromSeconds(60), cancellationToken);
            var memory = server.PeakMemoryMiB();
            var person = new Person(new BotCaller(http, server.BaseAddress), ConversationScripts.RecordsBot, i);
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            await person.TakeTurnAsync(cancellationToken);
            runs.Add((ready.TotalSeconds, System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMilliseconds, memory));
            context.Progress($"startup: run {i + 1}: ready in {ready.TotalSeconds:0.00} s");
        }

        var fresh = runs[0];
        var again = runs.Skip(1).Select(r => r.ReadySeconds).Order().ToArray();
        var median = PhaseResult.Percentile(again, 50);
        var firstTurns = runs.Select(r => r.FirstTurnMs).Order().ToArray();
        return new BenchSection(Name,
        [
            new BenchRow("start to /readyz, new database (creates the schema)", fresh.ReadySeconds, "s", "< 3 s", fresh.ReadySeconds < 3),
            new BenchRow($"start to /readyz, existing database, median of {again.Length}", median, "s", "< 3 s", median < 3),
            new BenchRow($"start to /readyz, existing database, slowest of {again.Length}", again[^1], "s"),
            new BenchRow("first turn after ready (join and welcome), median", PhaseResult.Percentile(firstTurns, 50), "ms"),
            new BenchRow("resident memory when ready, median", PhaseResult.Percentile(runs.Select(r => r.MemoryMiB).Order().ToArray(), 50), "MiB"),
        ]);
    }
}
