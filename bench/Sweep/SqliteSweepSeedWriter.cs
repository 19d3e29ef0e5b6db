using System.Globalization;
using Microsoft.Data.Sqlite;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// Bulk-writes the seed into a SQLite file migrated by the app: the secondary indexes of the seeded tables are dropped
/// first and recreated afterwards with their exact SQL from the migrations (read from <c>sqlite_master</c>), rows go
/// through prepared INSERTs in transactions of <see cref="RowsPerTransaction"/> rows with <c>synchronous=OFF</c> and an
/// in-memory journal (the seed only; the file is then put back in WAL mode with normal syncing, as the app runs it), and
/// <c>ANALYZE</c> (sampled, <c>analysis_limit=1000</c>) runs at the end. Values are written in EF Core's SQLite formats (dates as
/// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> text, DateOnly as <c>yyyy-MM-dd</c>, this enum as its number, that one as its name)
/// so the app reads and compares them as its own.
/// </summary>
public sealed class SqliteSweepSeedWriter(string connectionString) : ISweepSeedWriter
{
    public const int RowsPerTransaction = 500_000;
    private static readonly string[] Tables = ["CheckIns", "TrackedRequests", "ReminderPreferences"];

    private readonly SqliteConnection connection = new(connectionString);
    private readonly List<(string Name, string Sql)> indexes = [];
    private SqliteTransaction? transaction;
    private SqliteCommand? requestInsert;
    private SqliteCommand? checkInInsert;
    private SqliteCommand? preferenceInsert;
    private int pending;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;", cancellationToken);

        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", Tables.Select(t => "'" + t + "'"))})";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\";", cancellationToken);
        }

        requestInsert = Prepare(
            "TrackedRequests",
            ["Id", "OwnerKey", "ProviderId", "ProviderName", "ProviderState", "Method", "Status", "SentOn", "ReceivedOn", "DueOn", "ExtendedTo", "CreatedUtc", "UpdatedUtc"]);
        checkInInsert = Prepare(
            "CheckIns",
            ["OwnerKey", "RequestId", "RequestDueOn", "Kind", "DueUtc", "Status", "Attempts", "NextAttemptUtc", "ClaimId", "ClaimExpiresUtc", "ConversationReference", "ConversationKey", "TimeZone", "LastError", "SentVia", "SentUtc", "CreatedUtc"]);
        preferenceInsert = Prepare(
            "ReminderPreferences",
            ["OwnerKey", "OptedIn", "SnoozedUntilUtc", "UseSms", "ProtectedPhone", "UpdatedUtc"]);
    }

    public void AddRequest(TrackedRequestRow row) => Insert(requestInsert!,
        row.Id, row.OwnerKey, row.ProviderId, row.ProviderName, row.ProviderState, row.Method?.ToString(), row.Status.ToString(),
        Date(row.SentOn), Date(row.ReceivedOn), Date(row.DueOn), Date(row.ExtendedTo), Time(row.CreatedUtc), Time(row.UpdatedUtc));

    public void AddCheckIn(CheckIn row) => Insert(checkInInsert!,
        row.OwnerKey, row.RequestId, Date(row.RequestDueOn), row.Kind, Time(row.DueUtc), (int)row.Status, row.Attempts, Time(row.NextAttemptUtc),
        row.ClaimId, Time(row.ClaimExpiresUtc), row.ConversationReference, row.ConversationKey, row.TimeZone, row.LastError, row.SentVia,
        Time(row.SentUtc), Time(row.CreatedUtc));

    public void AddPreference(ReminderPreference row) => Insert(preferenceInsert!,
        row.OwnerKey, row.OptedIn is { } optedIn ? (optedIn ? 1 : 0) : null, Time(row.SnoozedUntilUtc), row.UseSms ? 1 : 0, row.ProtectedPhone, Time(row.UpdatedUtc));

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        transaction?.Commit();
        transaction = null;
        foreach (var (_, sql) in indexes)
        {
            await ExecuteAsync(sql + ";", cancellationToken);
        }

        // Statistics from a sample of each index (what PRAGMA optimize does): the planner needs the shape, not exact counts.
        await ExecuteAsync("PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken);
        await ExecuteAsync("PRAGMA synchronous=FULL; PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        transaction?.Dispose();
        foreach (var command in new[] { requestInsert, checkInInsert, preferenceInsert })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await connection.DisposeAsync();
    }

    /// <summary>EF Core's SQLite text for a UTC DateTime.</summary>
    public static string? Time(DateTime? value) =>
        value?.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private SqliteCommand Prepare(string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        return command;
    }

    private void Insert(SqliteCommand command, params object?[] values)
    {
        if (transaction is null)
        {
            transaction = connection.BeginTransaction();
            requestInsert!.Transaction = transaction;
            checkInInsert!.Transaction = transaction;
            preferenceInsert!.Transaction = transaction;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        if (++pending >= RowsPerTransaction)
        {
            transaction.Commit();
            transaction.Dispose();
            transaction = null;
            pending = 0;
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
