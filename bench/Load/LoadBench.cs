using System.Globalization;
using RecordsBot.Bench.Servers;

namespace RecordsBot.Bench.Load;

/// <summary>
/// Conversation load over real HTTP: the same people, the same messages, first against the echo bot and then against
/// RecordsBot, each a server process of its own on loopback with its own fresh database; a closed loop (saturating) and
/// an open loop (paced) for each. Figures: turns/s, latency percentiles, errors, the server's CPU per turn and its peak
/// memory, and RecordsBot's ratios to the echo bot.
/// </summary>
public sealed class LoadBench : IBenchPart
{
    public string Name => "load";

    public async Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var s = context.Settings;
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { Timeout = TimeSpan.FromSeconds(60) };

        var echo = await MeasureAsync(context, http, "echo", ServerLaunch.Echo, ConversationScripts.Echo, cancellationToken);
        var bot = await MeasureAsync(context, http, "recordsbot", ServerLaunch.RecordsBot, ConversationScripts.RecordsBot, cancellationToken);

        var rows = new List<BenchRow>();
        foreach (var m in new[] { echo, bot })
        {
            rows.AddRange(PhaseRows(m.Closed, $"closed loop, {s.People} people"));
            rows.AddRange(PhaseRows(m.Open, $"open loop, {s.OpenRate} turns/s"));
            rows.Add(new BenchRow($"{m.Bot}: server peak memory", m.PeakMemoryMiB, "MiB"));
        }

        var throughput = bot.Closed.TurnsPerSecond / echo.Closed.TurnsPerSecond;
        var p50 = bot.Closed.P50 / echo.Closed.P50;
        var p99 = bot.Closed.P99 / echo.Closed.P99;
        rows.Add(new BenchRow("RecordsBot/echo throughput, closed loop", throughput, "x", ">= 0.67", throughput >= 2.0 / 3));
        rows.Add(new BenchRow("RecordsBot/echo p50, closed loop", p50, "x"));
        rows.Add(new BenchRow("RecordsBot/echo p99, closed loop", p99, "x", "<= 1.5", p99 <= 1.5));
        rows.Add(new BenchRow("RecordsBot/echo server CPU per turn", bot.Closed.ServerCpuMsPerTurn / echo.Closed.ServerCpuMsPerTurn, "x"));
        rows.Add(new BenchRow($"recordsbot: p99, open loop at {s.OpenRate} turns/s", bot.Open.P99, "ms", "< 50 ms", bot.Open.P99 < 50 && bot.Open.Errors == 0));
        rows.Add(new BenchRow("errors, all phases", echo.Closed.Errors + echo.Open.Errors + bot.Closed.Errors + bot.Open.Errors, "", "0",
            echo.Closed.Errors + echo.Open.Errors + bot.Closed.Errors + bot.Open.Errors == 0));

        var notes = new List<string>
        {
            $"Each person's conversation: {ConversationScripts.RecordsBot(0).Count} turns (menu, fees for a state, the provider walk, a request letter with its PDF), then a new person.",
        };
        foreach (var phase in new[] { bot.Closed, bot.Open })
        {
            notes.Add($"recordsbot {phase.Loop} by step (turns, p50 ms, p99 ms): "
                + string.Join("; ", phase.Steps.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Step} {x.Turns} {x.P50:0.0} {x.P99:0.0}"))));
        }

        foreach (var phase in new[] { echo.Closed, echo.Open, bot.Closed, bot.Open }.Where(p => p.FirstError is not null))
        {
            notes.Add($"{phase.Bot} {phase.Loop}: first error: {phase.FirstError}");
        }

        notes.AddRange(echo.Profile);
        notes.AddRange(bot.Profile);
        if (s.Profile)
        {
            notes.Add("Profiled: the sampler's own cost falls on each server in its closed loop, so take this run's figures for where the time goes, not for the ratios.");
        }
        return new BenchSection(Name, rows, notes);
    }

    private static IEnumerable<BenchRow> PhaseRows(PhaseResult p, string loop)
    {
        yield return new BenchRow($"{p.Bot}: turns/s, {loop}", p.TurnsPerSecond, "turns/s");
        yield return new BenchRow($"{p.Bot}: p50, {loop}", p.P50, "ms");
        yield return new BenchRow($"{p.Bot}: p95, {loop}", p.P95, "ms");
        yield return new BenchRow($"{p.Bot}: p99, {loop}", p.P99, "ms");
        yield return new BenchRow($"{p.Bot}: errors, {loop}", p.Errors, $"of {p.Turns}");
        yield return new BenchRow($"{p.Bot}: server CPU per turn, {loop}", p.ServerCpuMsPerTurn, "ms");
    }

    private static async Task<BotFigures> MeasureAsync(
        BenchContext context,
        HttpClient http,
        string bot,
        Func<BenchContext, string, ServerProcess> launch,
        Func<int, IReadOnlyList<ScriptTurn>> script,
        CancellationToken cancellationToken)
    {
        var s = context.Settings;
        await ServerLaunch.DropDatabaseAsync(context, bot, cancellationToken);
        await using var server = launch(context, bot);
        await server.WaitReadyAsync(http, TimeSpan.FromSeconds(60), cancellationToken);
        var caller = new BotCaller(http, server.BaseAddress);

        // One whole conversation first, turn by turn: if the script no longer fits the bot, say where, before any figure.
        var check = new Person(caller, script, 999_999);
        for (var i = 0; i < check.TurnsPerConversation; i++)
        {
            await check.TakeTurnAsync(cancellationToken);
        }

        var people = Enumerable.Range(0, s.People).Select(i => new Person(caller, script, i)).ToList();
        context.Progress($"load: {bot}, spreading {s.People} people over the conversation's {check.TurnsPerConversation} turns");
        await Task.WhenAll(people.Select((p, i) => p.AdvanceAsync(i * p.TurnsPerConversation / people.Count, cancellationToken)));
        context.Progress($"load: {bot}, closed loop, {s.People} people, {s.Warmup.TotalSeconds:0} s warm-up + {s.LoadDuration.TotalSeconds:0} s");
        var cpu0 = 0.0;
        IReadOnlyList<string> profile = [];
        var closedTask = ClosedLoop.RunAsync(people, s.Warmup, s.LoadDuration, cancellationToken);
        await Task.Delay(s.Warmup, cancellationToken);
        cpu0 = ProcessCpu.Seconds(server.Id);
        if (s.Profile)
        {
            profile = await Profiler.SampleAsync(context, server.Id, bot, s.LoadDuration - TimeSpan.FromSeconds(2), cancellationToken);
        }

        var closed = await closedTask;
        var cpu1 = ProcessCpu.Seconds(server.Id);
        var closedResult = PhaseResult.From(bot, "closed loop", closed.Seconds, closed.Samples, cpu1 - cpu0, closed.FirstError);

        context.Progress($"load: {bot}, open loop, {s.OpenRate} turns/s, {s.Warmup.TotalSeconds:0} s warm-up + {s.LoadDuration.TotalSeconds:0} s");
        var openTask = OpenLoop.RunAsync(people, s.OpenRate, s.Warmup, s.LoadDuration, cancellationToken);
        await Task.Delay(s.Warmup, cancellationToken);
        cpu0 = ProcessCpu.Seconds(server.Id);
        var open = await openTask;
        cpu1 = ProcessCpu.Seconds(server.Id);
        var openResult = PhaseResult.From(bot, "open loop", open.Seconds, open.Samples, cpu1 - cpu0, open.FirstError);

        return new BotFigures(bot, closedResult, openResult, server.PeakMemoryMiB(), profile);
    }

    private sealed record BotFigures(string Bot, PhaseResult Closed, PhaseResult Open, double PeakMemoryMiB, IReadOnlyList<string> Profile);
}
