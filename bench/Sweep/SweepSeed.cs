using System.Diagnostics;
using RecordsBot.Bench.AppServices;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// The seeded database for a size: a fresh database (a SQLite file in the scratch folder, or a PostgreSQL database
/// dropped first if it exists), created by the app's own migrations through the app's context factory (PostgreSQL's own
/// migrations on PostgreSQL), filled by <see cref="SweepPopulation"/> through the <see cref="ISweepSeedWriter"/> the
/// sweep picked (<see cref="SqliteSweepSeedWriter"/> or <see cref="NpgsqlSweepSeedWriter"/>). Seeded once per run and
/// size; a SQLite file never outside the scratch folder.
/// </summary>
public static class SweepSeed
{
    public static async Task<SeededDatabase> CreateAsync(
        BenchContext context,
        BenchDatabase database,
        Func<string, ISweepSeedWriter> writerFor,
        LoopbackConnector connector,
        int requests,
        CancellationToken cancellationToken)
    {
        await database.DropAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        SeedCounts counts;
        await using (var app = BenchApp.Build(context, database, [new("RecordsBot:LocalChannel:Enabled", "false")]))
        {
            await app.MigrateAsync(cancellationToken);
            var keys = app.Get<PersonKeys>();

            // The person-key secret is made (and stored in the seeded database) before the bulk writer takes the database.
            await keys.KeyOfAsync(new PersonRef("bench", "bench"), cancellationToken);
            var population = new SweepPopulation(keys, app.Get<DueDateFinder>(), app.Get<CheckInPlanner>(), connector.BaseAddress);
            await using var writer = writerFor(database.ConnectionString);
            await writer.BeginAsync(cancellationToken);
            counts = await population.WriteAsync(writer, requests, cancellationToken);
            context.Progress($"sweep: {counts.Rows:#,0} rows written; rebuilding indexes, ANALYZE");
            await writer.CompleteAsync(cancellationToken);
        }

        BenchDatabase.ClearPools();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new SeededDatabase(database, counts, elapsed, await database.SizeAsync(cancellationToken));
    }
}
