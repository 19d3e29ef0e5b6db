using Npgsql;
using NpgsqlTypes;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// Bulk-writes the seed into a PostgreSQL database migrated by the app (its PostgreSQL migrations): the secondary
/// indexes of the seeded tables are dropped first (the primary keys stay) and recreated afterwards from their
/// definitions in <c>pg_indexes.indexdef</c>, exactly as the migrations made them; rows go through Npgsql's binary COPY,
/// one COPY per table, each on a connection of its own (a connection runs one COPY at a time and the population writes
/// the three tables interleaved; no foreign keys join them), committed at <see cref="CompleteAsync"/>; then the
/// TrackedRequests identity is moved past the ids written and <c>ANALYZE</c> (PostgreSQL samples) runs. Values are the
/// app's column types: times <c>timestamp with time zone</c> holding UTC (<see cref="UtcDateTimeConverter.ToUtc"/>, as
/// the app's context converts them), dates <c>date</c>, the request's enums as their names, the check-in status as its
/// number. Only the seed's own sessions change a setting (<c>maintenance_work_mem</c> for the index builds); the server
/// runs as it was started.
/// </summary>
public sealed class NpgsqlSweepSeedWriter(string connectionString) : ISweepSeedWriter
{
    private static readonly string[] Tables = ["CheckIns", "TrackedRequests", "ReminderPreferences"];

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly List<(string Name, string Definition)> indexes = [];
    private readonly List<NpgsqlConnection> connections = [];
    private NpgsqlBinaryImporter? requests;
    private NpgsqlBinaryImporter? checkIns;
    private NpgsqlBinaryImporter? preferences;
    private long maxRequestId;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using (var read = connection.CreateCommand())
            {
                // Secondary indexes only: those backing a constraint (the primary keys) stay.
                read.CommandText = """
                    SELECT i.indexname, i.indexdef
                    FROM pg_indexes i
                    WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                      WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
                    ORDER BY i.tablename, i.indexname
                    """;
                read.Parameters.AddWithValue("tables", Tables);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await ExecuteAsync(connection, $"DROP INDEX {Quote(name)}", cancellationToken);
            }
        }

        requests = await CopyAsync(
            "TrackedRequests",
            ["Id", "OwnerKey", "ProviderId", "ProviderName", "ProviderState", "Method", "Status", "SentOn", "ReceivedOn", "DueOn", "ExtendedTo", "CreatedUtc", "UpdatedUtc"],
            cancellationToken);
        checkIns = await CopyAsync(
            "CheckIns",
            ["OwnerKey", "RequestId", "RequestDueOn", "Kind", "DueUtc", "Status", "Attempts", "NextAttemptUtc", "ClaimId", "ClaimExpiresUtc", "ConversationReference", "ConversationKey", "TimeZone", "LastError", "SentVia", "SentUtc", "CreatedUtc"],
            cancellationToken);
        preferences = await CopyAsync(
            "ReminderPreferences",
            ["OwnerKey", "OptedIn", "SnoozedUntilUtc", "UseSms", "ProtectedPhone", "UpdatedUtc"],
            cancellationToken);
    }

    public void AddRequest(TrackedRequestRow row)
    {
        var copy = requests!;
        copy.StartRow();
        copy.Write(row.Id, NpgsqlDbType.Bigint);
        Text(copy, row.OwnerKey);
        Value(copy, row.ProviderId, NpgsqlDbType.Bigint);
        Text(copy, row.ProviderName);
        Text(copy, row.ProviderState);
        Text(copy, row.Method?.ToString());
        Text(copy, row.Status.ToString());
        Value(copy, row.SentOn, NpgsqlDbType.Date);
        Value(copy, row.ReceivedOn, NpgsqlDbType.Date);
        Value(copy, row.DueOn, NpgsqlDbType.Date);
        Value(copy, row.ExtendedTo, NpgsqlDbType.Date);
        Time(copy, row.CreatedUtc);
        Time(copy, row.UpdatedUtc);
        maxRequestId = Math.Max(maxRequestId, row.Id);
    }

    public void AddCheckIn(CheckIn row)
    {
        var copy = checkIns!;
        copy.StartRow();
        Text(copy, row.OwnerKey);
        copy.Write(row.RequestId, NpgsqlDbType.Bigint);
        copy.Write(row.RequestDueOn, NpgsqlDbType.Date);
        Text(copy, row.Kind);
        Time(copy, row.DueUtc);
        copy.Write((int)row.Status, NpgsqlDbType.Integer);
        copy.Write(row.Attempts, NpgsqlDbType.Integer);
        Time(copy, row.NextAttemptUtc);
        Text(copy, row.ClaimId);
        Time(copy, row.ClaimExpiresUtc);
        Text(copy, row.ConversationReference);
        Text(copy, row.ConversationKey);
        Text(copy, row.TimeZone);
        Text(copy, row.LastError);
        Text(copy, row.SentVia);
        Time(copy, row.SentUtc);
        Time(copy, row.CreatedUtc);
    }

    public void AddPreference(ReminderPreference row)
    {
        var copy = preferences!;
        copy.StartRow();
        Text(copy, row.OwnerKey);
        Value(copy, row.OptedIn, NpgsqlDbType.Boolean);
        Time(copy, row.SnoozedUntilUtc);
        copy.Write(row.UseSms, NpgsqlDbType.Boolean);
        Text(copy, row.ProtectedPhone);
        Time(copy, row.UpdatedUtc);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var copy in new[] { requests!, checkIns!, preferences! })
        {
            await copy.CompleteAsync(cancellationToken);
            await copy.DisposeAsync();
        }

        requests = checkIns = preferences = null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // The seed's own session: memory for the index sorts (the server's default, 64 MB, spills 8M rows to disk).
        await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'", cancellationToken);
        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(connection, definition, cancellationToken);
        }

        // The ids were written, not drawn from the identity: the app's next tracked request must come after them.
        if (maxRequestId > 0)
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('\"TrackedRequests\"', 'Id'), {maxRequestId})", cancellationToken);
        }

        await ExecuteAsync(connection, $"ANALYZE {string.Join(", ", Tables.Select(Quote))}", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // A COPY not completed is cancelled (rolled back) when its importer is disposed.
        foreach (var copy in new[] { requests, checkIns, preferences })
        {
            if (copy is not null)
            {
                await copy.DisposeAsync();
            }
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        await dataSource.DisposeAsync();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void Time(NpgsqlBinaryImporter copy, DateTime? value)
    {
        if (value is { } time)
        {
            copy.Write(UtcDateTimeConverter.ToUtc(time), NpgsqlDbType.TimestampTz);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void Value<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlBinaryImporter> CopyAsync(string table, string[] columns, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connections.Add(connection);
        var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        // The COPY stays open while the population is generated (minutes at 1M requests); the default timeout is the command's.
        copy.Timeout = TimeSpan.FromHours(1);
        return copy;
    }
}
