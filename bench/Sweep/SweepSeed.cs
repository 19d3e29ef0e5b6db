using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using RecordsBot.Bench.AppServices;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// The seeded database for a size: a fresh SQLite file in the scratch folder, migrated by the app's own migrations,
/// filled by <see cref="SweepPopulation"/> through <see cref="SqliteSweepSeedWriter"/>. Seeded once per run and size
/// and kept there (the sweep works on a copy); never outside the scratch folder.
/// </summary>
public static class SweepSeed
{
    public static async Task<SeededDatabase> CreateAsync(BenchContext context, LoopbackConnector connector, int requests, CancellationToken cancellationToken)
    {
        if (context.Settings.PostgresConnection is not null)
        {
            throw new NotSupportedException("The sweep seeds SQLite only so far; a PostgreSQL seed writer (Npgsql binary COPY) implements ISweepSeedWriter.");
        }

        var file = Path.Combine(context.WorkDir, $"sweep-{requests.ToString(CultureInfo.InvariantCulture)}.seed.db");
        DeleteDatabase(file);
        var database = BenchDatabase.SqliteFileAt(file);
        var started = Stopwatch.GetTimestamp();
        SeedCounts counts;
        await using (var app = BenchApp.Build(context, database, [new("RecordsBot:LocalChannel:Enabled", "false")]))
        {
            await app.MigrateAsync(cancellationToken);
            var keys = app.Get<PersonKeys>();

            // The person-key secret is made (and stored in the seeded file) before the bulk writer takes the database.
            await keys.KeyOfAsync(new PersonRef("bench", "bench"), cancellationToken);
            var population = new SweepPopulation(keys, app.Get<DueDateFinder>(), app.Get<CheckInPlanner>(), connector.BaseAddress);
            await using var writer = new SqliteSweepSeedWriter(database.ConnectionString);
            await writer.BeginAsync(cancellationToken);
            counts = await population.WriteAsync(writer, requests, cancellationToken);
            context.Progress($"sweep: {counts.Rows:#,0} rows written; rebuilding indexes, ANALYZE");
            await writer.CompleteAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        return new SeededDatabase(file, counts, Stopwatch.GetElapsedTime(started), new FileInfo(file).Length);
    }

    /// <summary>A working copy of the seeded file (the sweep changes rows), in the same folder.</summary>
    public static void DeleteDatabase(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }
}
