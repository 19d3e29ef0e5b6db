using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// Where the seeded rows go, fast: the app's own entity classes carry each row, and a writer puts them in its database
/// in bulk, bypassing EF Core. <see cref="SqliteSweepSeedWriter"/> uses a prepared INSERT in a few big transactions; a
/// PostgreSQL writer would use Npgsql's binary COPY (<c>BeginBinaryImport("COPY \"CheckIns\" (…) FROM STDIN (FORMAT
/// BINARY)")</c>) with the same steps: drop secondary indexes, write, recreate them as the migrations made them, ANALYZE.
/// </summary>
public interface ISweepSeedWriter : IAsyncDisposable
{
    /// <summary>Prepares the (freshly migrated) database for bulk writing.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Writes a tracked request with the id it is given (check-ins refer to it).</summary>
    void AddRequest(TrackedRequestRow row);

    /// <summary>Writes a check-in (its id is the database's).</summary>
    void AddCheckIn(CheckIn row);

    void AddPreference(ReminderPreference row);

    /// <summary>Commits, rebuilds the indexes and gathers statistics; the database is then as the app would use it.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
