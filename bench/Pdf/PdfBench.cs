using System.Diagnostics;
using System.Runtime;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using RecordsBot.Bench.AppServices;
using RecordsBot.Bot;
using RecordsBot.Channels;
using RecordsBot.Forms;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;

namespace RecordsBot.Bench.Pdf;

/// <summary>
/// Letter PDFs by the app's own code (from the app's services): <see cref="BenchSettings.PdfLetters"/> varied letters
/// (<see cref="LetterMix"/>) composed (<see cref="LetterComposer"/>) and rendered (<see cref="LetterPdfRenderer"/>) one at
/// a time after a warm-up, each timed; then <see cref="ILetters.CreateAsync"/> (compose, render, store, link) for a few
/// hundred, as the letter flow calls it. The database is a SQLite file in the scratch folder, or with
/// <see cref="BenchSettings.PostgresConnection"/> the database <c>recordsbot_bench_pdf</c> on that server (dropped first if
/// it exists, made by the app's PostgreSQL migrations, dropped at the end unless <c>--keep</c>).
/// </summary>
public sealed class PdfBench : IBenchPart
{
    private const int WarmupLetters = 300;
    private const int MaxStoredLetters = 300;

    public string Name => "pdf";

    public async Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var database = BenchDatabase.For(context.Settings, Path.Combine(context.WorkDir, "pdf.db"), "pdf");
        await database.DropAsync(cancellationToken);
        await using var app = BenchApp.Build(context, database);
        await app.MigrateAsync(cancellationToken);
        var composer = app.Get<LetterComposer>();
        var renderer = app.Get<LetterPdfRenderer>();

        var mix = new LetterMix();
        var cold = Stopwatch.GetTimestamp();
        renderer.Render(composer.Compose(mix.Next()));
        var firstLetter = Stopwatch.GetElapsedTime(cold);
        for (var i = 1; i < WarmupLetters; i++)
        {
            renderer.Render(composer.Compose(mix.Next()));
        }

        var count = context.Settings.PdfLetters;
        var requests = Enumerable.Range(0, count).Select(_ => mix.Next()).ToList();
        var totals = new double[count];
        double composeMs = 0, renderMs = 0;
        long pages = 0, bytes = 0;
        var kinds = new Dictionary<LetterKind, List<double>>();
        GC.Collect();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pauseBefore = GC.GetTotalPauseDuration();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t0 = Stopwatch.GetTimestamp();
            var document = composer.Compose(requests[i]);
            var t1 = Stopwatch.GetTimestamp();
            var rendered = renderer.Render(document);
            var t2 = Stopwatch.GetTimestamp();
            composeMs += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            renderMs += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
            totals[i] = Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds;
            pages += rendered.PageCount;
            bytes += rendered.Pdf.Length;
            (kinds.TryGetValue(requests[i].Kind, out var list) ? list : kinds[requests[i].Kind] = []).Add(totals[i]);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var gcs = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
        var gcPause = GC.GetTotalPauseDuration() - pauseBefore;
        var sorted = totals.Order().ToList();
        var p99 = Percentiles.Of(sorted, 99);
        var rows = new List<BenchRow>
        {
            new("first letter after start (cold: fonts loaded, JIT)", firstLetter.TotalMilliseconds, "ms"),
            new("letters (compose + render to PDF bytes)", count, "letters"),
            new("p50 per letter", Percentiles.Of(sorted, 50), "ms"),
            new("p95 per letter", Percentiles.Of(sorted, 95), "ms"),
            new("p99 per letter", p99, "ms", "< 30 ms", p99 < 30),
            new("max per letter", sorted[^1], "ms"),
            new("letters per second (one thread)", count / elapsed.TotalSeconds, "letters/s"),
            new("mean pages per letter", (double)pages / count, "pages"),
            new("mean PDF size", bytes / 1024.0 / count, "KB"),
            new("  of which composing (mean)", composeMs / count, "ms"),
            new("  of which rendering (mean)", renderMs / count, "ms"),
        };
        var notes = new List<string>
        {
            $"Letters: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value.Count} (p50 {Percentiles.Of(k.Value.Order().ToList(), 50):0.0} ms, p99 {Percentiles.Of(k.Value.Order().ToList(), 99):0.0} ms)"))}; "
                + $"{WarmupLetters} warm-up letters first, not counted. GCs while timed: gen0 {gcs.Item1}, gen1 {gcs.Item2}, gen2 {gcs.Item3}, {gcPause.TotalMilliseconds:0} ms paused in all ({(GCSettings.IsServerGC ? "server" : "workstation")} GC). One letter at a time: the renderer prints under one process-wide lock (PDFsharp's font caches).",
        };

        // ILetters.CreateAsync as the letter flow calls it: compose, render, store (SQLite or PostgreSQL) and link, for several people.
        var stored = Math.Min(MaxStoredLetters, count);
        var letters = app.Get<ILetters>();
        var adapter = app.Get<RecordsBotAdapter>();
        await CreateAsync(letters, adapter, mix.Next(), 0, cancellationToken);
        var createTimes = new double[stored];
        var createStarted = Stopwatch.GetTimestamp();
        for (var i = 0; i < stored; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await CreateAsync(letters, adapter, requests[i], i, cancellationToken);
            createTimes[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        var createElapsed = Stopwatch.GetElapsedTime(createStarted);
        var createSorted = createTimes.Order().ToList();
        rows.Add(new BenchRow($"ILetters.CreateAsync on {(database.SqliteFile is null ? "PostgreSQL" : "SQLite")}, {stored} letters: p50", Percentiles.Of(createSorted, 50), "ms"));
        rows.Add(new BenchRow("ILetters.CreateAsync p99", Percentiles.Of(createSorted, 99), "ms"));
        rows.Add(new BenchRow("ILetters.CreateAsync letters per second", stored / createElapsed.TotalSeconds, "letters/s"));
        notes.Add("CreateAsync = the same compose + render, plus the glyph check per answer, the PDF stored in the Letters table (one INSERT, "
            + (database.IsPostgreSql
                ? $"PostgreSQL database {database.PostgreSqlDatabase}, bytea, a commit that waits for its WAL flush as the server is set) "
                : "WAL, synchronous=NORMAL as the app runs it) ")
            + "and a signed download link; the same letters as above, for 20 people on Web Chat.");

        BenchDatabase.ClearPools();
        if (database.IsPostgreSql && !context.Settings.Keep)
        {
            await database.DropAsync(cancellationToken);
        }

        return new BenchSection(Name, rows, notes);
    }

    private static async Task CreateAsync(ILetters letters, RecordsBotAdapter adapter, LetterRequest request, int i, CancellationToken cancellationToken)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = "bench-" + i,
            ChannelId = ChannelIds.WebChat,
            ServiceUrl = "https://webchat.botframework.com/",
            Conversation = new ConversationAccount(id: "pdf-conversation-" + (i % 20)),
            From = new ChannelAccount("pdf-user-" + (i % 20), role: RoleTypes.User),
            Recipient = new ChannelAccount("recordsbot", "RecordsBot", RoleTypes.Bot),
            Text = "make my letter",
        };
        using var turn = new TurnContext(adapter, activity);
        await letters.CreateAsync(turn, request, cancellationToken);
    }
}
