using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecordsBot.Bench.AppServices;
using RecordsBot.Reminders;
using RecordsBot.Storage;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// The reminder sweep at scale: <see cref="BenchSettings.SweepRequests"/> tracked requests and their check-ins seeded
/// (<see cref="SweepSeed"/>), then the app's own sweep (<see cref="CheckInSweep.RunOnceAsync"/>, from the app's services,
/// its clock at <see cref="SweepScenario.Now"/>) sending for real through a loopback connector. Reported: the due query
/// alone (median of 20, read-only), one full sweep of a batch split into the sweep's own statements (find, checks,
/// claim; record) and the send path (the check-in's conversation turn, state and HTTP), and the query plans of every
/// statement the sweep ran; the part fails its target when the due query does not use IX_CheckIns_Sweep (SQLite: a
/// SEARCH with no temp B-tree; PostgreSQL: an Index Scan, Index Only Scan or Bitmap Index Scan on it) or any statement
/// scans CheckIns (SQLite's SCAN, PostgreSQL's Seq Scan). On SQLite the seed is a file in the scratch folder
/// (<see cref="SqliteSweepSeedWriter"/>); with <see cref="BenchSettings.PostgresConnection"/> it is the database
/// <c>recordsbot_bench_sweep</c> on that server (<see cref="NpgsqlSweepSeedWriter"/>), dropped at the end unless <c>--keep</c>.
/// </summary>
public sealed class SweepBench : IBenchPart
{
    private const int DueQueryRuns = 20;

    public string Name => "sweep";

    public async Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var requests = context.Settings.SweepRequests;
        var now = SweepScenario.Now;
        var notes = new List<string>();
        var rows = new List<BenchRow>();

        await using var connector = await LoopbackConnector.StartAsync(cancellationToken);

        // The seed's database and its bulk writer: PostgreSQL's binary COPY when the bench was given a server, else SQLite.
        var database = BenchDatabase.For(context.Settings, Path.Combine(context.WorkDir, $"sweep-{requests.ToString(CultureInfo.InvariantCulture)}.seed.db"), "sweep");
        var onPostgres = database.IsPostgreSql;
        Func<string, ISweepSeedWriter> writerFor = onPostgres ? cs => new NpgsqlSweepSeedWriter(cs) : cs => new SqliteSweepSeedWriter(cs);
        context.Progress($"sweep: seeding {requests:#,0} tracked requests ({(onPostgres ? "PostgreSQL database " + database.PostgreSqlDatabase : "SQLite")})");
        var seed = await SweepSeed.CreateAsync(context, database, writerFor, connector, requests, cancellationToken);
        var counts = seed.Counts;
        context.Progress($"sweep: seeded {counts.Rows:#,0} rows in {seed.Elapsed.TotalSeconds:0.0} s ({seed.Bytes / 1048576.0:#,0} MiB)");
        rows.Add(new BenchRow("tracked requests seeded", counts.Requests, "requests"));
        rows.Add(new BenchRow("check-ins stored", counts.CheckIns, "rows"));
        rows.Add(new BenchRow("rows seeded (requests, check-ins, preferences)", counts.Rows, "rows"));
        rows.Add(new BenchRow(onPostgres ? "seed time (binary COPY, indexes, ANALYZE)" : "seed time (insert, indexes, ANALYZE)", seed.Elapsed.TotalSeconds, "s"));
        rows.Add(new BenchRow("check-ins due now (the burst)", counts.DueNow, "check-ins"));

        var log = new SweepCommandLog();
        await using var app = BenchApp.Build(
            context,
            database,
            [new("RecordsBot:LocalChannel:Enabled", "false")],
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(now))));
                services.ConfigureDbContext<RecordsBotDbContext>(o => o.AddInterceptors(log));
            });
        var reminders = app.Get<IOptions<RemindersOptions>>().Value;
        var batchSize = reminders.BatchSize;
        var factory = app.Get<IDbContextFactory<RecordsBotDbContext>>();
        var sweep = app.Get<CheckInSweep>();

        // The due query alone, as the sweep asks it (a context from the app's factory each time), read-only.
        var times = new List<double>();
        var found = 0;
        for (var i = 0; i <= DueQueryRuns; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                found = (await CheckInSweep.DueQuery(db, now, batchSize).ToListAsync(cancellationToken)).Count;
            }

            if (i > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }

        times.Sort();
        rows.Add(new BenchRow($"due query alone (median of {DueQueryRuns}, {found} rows)", times[times.Count / 2], "ms"));

        // A first batch after start (JIT, first connections, the dialogs loaded): reported, not the figure.
        var t1 = Stopwatch.GetTimestamp();
        var firstSent = (await sweep.RunBatchAsync(cancellationToken)).Sent;
        var firstSweep = Stopwatch.GetElapsedTime(t1);
        context.Progress($"sweep: first sweep sent {firstSent} in {firstSweep.TotalMilliseconds:0} ms (warm-up)");

        // The timed batch: the next one of the burst (a sweep runs such batches back to back until one comes back short).
        const string ClaimedSql = "SELECT COUNT(*) FROM \"CheckIns\" WHERE \"Attempts\" > 0";
        var claimedBefore = await CountAsync(database, ClaimedSql, cancellationToken);
        var vacuumsBefore = onPostgres ? await CountAsync(database, AutovacuumSql, cancellationToken) : 0;
        log.Reset();
        var postsBefore = connector.Posts;
        var t2 = Stopwatch.GetTimestamp();
        var sent = (await sweep.RunBatchAsync(cancellationToken)).Sent;
        var total = Stopwatch.GetElapsedTime(t2);
        var vacuumsAfter = onPostgres ? await CountAsync(database, AutovacuumSql, cancellationToken) : 0;
        var claimed = await CountAsync(database, ClaimedSql, cancellationToken) - claimedBefore;
        var posts = connector.Posts - postsBefore;

        var commands = log.Commands();
        var own = commands.Where(c => IsSweepOwn(c.Sql)).ToList();
        var record = own.Where(c => IsRecord(c.Sql)).ToList();
        var findClaim = own.Except(record).ToList();
        var findClaimMs = findClaim.Sum(c => c.Total.TotalMilliseconds);
        var recordMs = record.Sum(c => c.Total.TotalMilliseconds);
        var sendMs = total.TotalMilliseconds - findClaimMs - recordMs;
        var perCheckIn = claimed > 0 ? total.TotalMilliseconds / claimed : double.NaN;

        var plans = await PlansAsync(database, commands, cancellationToken);
        var dueSql = findClaim.FirstOrDefault(c => IsDueQuery(c.Sql));
        var duePlan = dueSql is null ? [] : plans.First(p => p.Command == dueSql).Plan;
        var dueUsesIndex = QueryPlans.UsesIndex(database, duePlan, "IX_CheckIns_Sweep");
        var scans = plans.Where(p => p.Command.Sql.Contains("\"CheckIns\"", StringComparison.Ordinal))
            .SelectMany(p => p.Plan.Where(l => QueryPlans.Scans(database, l, "CheckIns", "c")).Select(l => (p.Label, Line: l)))
            .ToList();
        var plansOk = dueUsesIndex && scans.Count == 0;

        var size = requests >= 1_000_000 ? "1M" : requests.ToString("#,0", CultureInfo.InvariantCulture);
        rows.Add(new BenchRow($"first batch after start (cold, {firstSent} sent)", firstSweep.TotalMilliseconds, "ms"));
        rows.Add(new BenchRow($"one batch: find + claim + send + record, {batchSize} check-ins", total.TotalMilliseconds, "ms"));
        rows.Add(new BenchRow($"  find + checks + claim (the sweep's SQL), at {size}", findClaimMs, "ms", "< 100 ms at 1M", findClaimMs < 100 && plansOk));
        rows.Add(new BenchRow("  record sent (the sweep's SQL)", recordMs, "ms"));
        rows.Add(new BenchRow("  send path (conversation turn, state, HTTP)", sendMs, "ms"));
        if (claimed > 0)
        {
            rows.Add(new BenchRow("per check-in (whole sweep / claimed)", perCheckIn, "ms"));
            rows.Add(new BenchRow("the whole burst, batches back to back (derived: due x per check-in)", counts.DueNow * perCheckIn / 60000, "min"));
        }
        else
        {
            // No figure rather than NaN (which the JSON report cannot hold).
            notes.Add($"The timed batch claimed nothing: the whole burst ({counts.DueNow:#,0} due) went out in the warm-up batch; seed more requests for a per check-in figure.");
        }

        rows.Add(new BenchRow("check-ins claimed / sent / activities posted", claimed, $"/ {sent} / {posts}"));
        rows.Add(new BenchRow("query plans: due query on IX_CheckIns_Sweep, no CheckIns scan", scans.Count, "scans", "0 scans, index used", plansOk));

        notes.Add($"Seed: {counts.People:#,0} people (Web Chat 55%, Teams 35%, SMS 10%; 8 U.S. time zones), {counts.Requests:#,0} tracked requests over {SweepScenario.HistoryDays} days, "
            + $"{counts.CheckIns:#,0} check-ins ({counts.DueNow:#,0} due now, {counts.PendingLater:#,0} pending later, {counts.Paused:#,0} paused, the rest sent), "
            + $"{counts.Preferences:#,0} reminder preferences ({counts.OptedOut:#,0} off, {counts.Snoozed:#,0} snoozed); "
            + (onPostgres ? $"PostgreSQL database {database.PostgreSqlDatabase} {seed.Bytes / 1048576.0:#,0} MiB (pg_database_size); " : $"file {seed.Bytes / 1048576.0:#,0} MiB; ")
            + $"{counts.Rows / seed.Elapsed.TotalSeconds:#,0} rows/s. Now = {now:yyyy-MM-dd HH:mm:ss}Z (Tuesday 10:00:30 in New York).");
        if (onPostgres)
        {
            notes.Add("PostgreSQL seed: the database dropped if it existed and made by the app's PostgreSQL migrations (through its context factory), "
                + "the secondary indexes of CheckIns, TrackedRequests and ReminderPreferences dropped, the rows written by Npgsql binary COPY (one per table), "
                + "the indexes recreated from pg_indexes.indexdef, then ANALYZE (sampled). Times are timestamp with time zone holding UTC. "
                + $"Server: {await ServerSettingsAsync(database, cancellationToken)}.");
        }

        notes.Add($"Per check-in the sweep runs: a superseded check (EXISTS on the same request's later due check-ins), the preference lookup (by primary key), "
            + $"the claim (conditional UPDATE: pending and due), the send (ChatCheckInSender: ContinueConversationAsync, the conversation's state read, track-checkin "
            + $"begun with its tracked request read, the state saved, its two activities (the line and the question) POSTed to the loopback connector, which answers 200 at once), and the record "
            + $"(UPDATE to Sent). The connector took {connector.Posts:#,0} activity POSTs in all and refused {connector.Rejected:#,0} other requests. SQL time from EF Core's command interceptor (execution to reader end); the send path is the rest of the wall time.");
        var synchronousCommit = onPostgres ? await SettingAsync(database, "synchronous_commit", cancellationToken) : null;
        notes.Add(onPostgres
            ? "The claim and the record are each an autocommitted UPDATE, and the state save one more commit; "
                + (synchronousCommit == "off"
                    ? "with synchronous_commit=off a commit does not wait for its write-ahead log to be flushed (a crash may lose the last commits, as with SQLite's synchronous=NORMAL). "
                    : $"with synchronous_commit={synchronousCommit} each commit waits for its write-ahead log to be flushed to disk. ")
                + "Seeded conversations have no stored state yet, so the "
                + $"check-in's save inserts it. Autovacuum workers running before / after the timed batch: {vacuumsBefore} / {vacuumsAfter} (the bulk load "
                + "makes autovacuum visit the seeded tables soon after; its I/O competes with the sweep while it runs)."
            : "The claim and the record are each an autocommitted UPDATE, and the state save one more commit; the app's SQLite connections run "
                + "synchronous=NORMAL with write-ahead logging, so a commit does not wait for an fsync. Seeded conversations have no stored state yet, so the "
                + "check-in's save inserts it.");
        notes.Add($"The sweeper (CheckInSweeper with TimerSweepTrigger) runs a sweep every SweepInterval ({reminders.SweepInterval.TotalMinutes:0.#} min); a sweep "
            + $"takes batches of BatchSize ({batchSize}) back to back until one comes back short, so the {counts.DueNow:#,0} check-ins due at 10:00 in New York "
            + "go out in one sweep (the burst row is derived from the figures above, not timed).");
        notes.Add("SQL the timed sweep ran (count, total ms) and its plan:");
        foreach (var (command, label, plan) in plans)
        {
            notes.Add($"  [{label}] x{command.Count}, {command.Total.TotalMilliseconds:0.0} ms: {OneLine(command.Sql)}");
            notes.AddRange(plan.Select(l => "      " + l));
        }

        if (!plansOk)
        {
            if (!dueUsesIndex)
            {
                notes.Add(onPostgres
                    ? "The due query does not use IX_CheckIns_Sweep (no Index Scan, Index Only Scan or Bitmap Index Scan on it)."
                    : "The due query does not SEARCH IX_CheckIns_Sweep (or sorts in a temp B-tree).");
            }

            notes.AddRange(scans.Select(s => $"{(onPostgres ? "Seq Scan" : "SCAN")} of CheckIns in [{s.Label}]: {s.Line}"));
        }

        if (dueUsesIndex && QueryPlans.Sorts(database, duePlan))
        {
            notes.Add("The due query reads IX_CheckIns_Sweep but sorts the rows it found (a Sort node) instead of reading them in the index's order.");
        }

        BenchDatabase.ClearPools();
        if (onPostgres && !context.Settings.Keep)
        {
            await database.DropAsync(cancellationToken);
        }

        return new BenchSection(Name, rows, notes);
    }

    /// <summary>PostgreSQL: autovacuum workers at work in this database now.</summary>
    private const string AutovacuumSql = "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database()";

    private static bool IsSweepOwn(string sql) =>
        sql.Contains("\"CheckIns\"", StringComparison.Ordinal) || sql.Contains("\"ReminderPreferences\"", StringComparison.Ordinal);

    private static bool IsRecord(string sql) =>
        sql.StartsWith("UPDATE", StringComparison.Ordinal) && sql.Contains("\"SentUtc\"", StringComparison.Ordinal);

    private static bool IsDueQuery(string sql) =>
        sql.StartsWith("SELECT", StringComparison.Ordinal) && sql.Contains("FROM \"CheckIns\"", StringComparison.Ordinal)
        && sql.Contains("ORDER BY", StringComparison.Ordinal) && sql.Contains("LIMIT", StringComparison.Ordinal);

    private static string Label(string sql) => sql switch
    {
        _ when IsDueQuery(sql) => "due query",
        _ when IsRecord(sql) => "record sent",
        _ when sql.StartsWith("UPDATE", StringComparison.Ordinal) && sql.Contains("\"Attempts\"", StringComparison.Ordinal) => "claim UPDATE",
        _ when sql.Contains("EXISTS", StringComparison.Ordinal) && sql.Contains("\"CheckIns\"", StringComparison.Ordinal) => "superseded check",
        _ when sql.Contains("FROM \"ReminderPreferences\"", StringComparison.Ordinal) => "preference lookup",
        _ when sql.Contains("\"TrackedRequests\"", StringComparison.Ordinal) => "send path: tracked request",
        _ when sql.Contains("\"StateItems\"", StringComparison.Ordinal) => "send path: conversation state",
        _ when IsSweepOwn(sql) => "sweep: other",
        _ => "send path: other",
    };

    private static async Task<List<(LoggedCommand Command, string Label, IReadOnlyList<string> Plan)>> PlansAsync(BenchDatabase database, IReadOnlyList<LoggedCommand> commands, CancellationToken cancellationToken)
    {
        var plans = new List<(LoggedCommand, string, IReadOnlyList<string>)>();
        foreach (var command in commands.OrderBy(c => IsSweepOwn(c.Sql) ? 0 : 1).ThenBy(c => Label(c.Sql), StringComparer.Ordinal))
        {
            plans.Add((command, Label(command.Sql), await QueryPlans.ExplainAsync(database, command, cancellationToken)));
        }

        return plans;
    }

    /// <summary>A count by the bench's own connection (SQLite or Npgsql), outside the app's contexts, so the command log
    /// does not see it.</summary>
    private static async Task<long> CountAsync(BenchDatabase database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>PostgreSQL: a setting as the app's sessions see it (the connection string's Options included).</summary>
    private static async Task<string> SettingAsync(BenchDatabase database, string name, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('" + name + "')";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>PostgreSQL: the server's version and the settings that bear on the figures.</summary>
    private static async Task<string> ServerSettingsAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('server_version'), current_setting('shared_buffers'), current_setting('synchronous_commit'), "
            + "current_setting('fsync'), current_setting('max_wal_size'), current_setting('work_mem')";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return $"PostgreSQL {reader.GetString(0)}, shared_buffers={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, fsync={reader.GetString(3)}, "
            + $"max_wal_size={reader.GetString(4)}, work_mem={reader.GetString(5)}";
    }

    private static string OneLine(string sql) => string.Join(' ', sql.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
