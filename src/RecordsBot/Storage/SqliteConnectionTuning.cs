using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecordsBot.Storage;

/// <summary>
/// Settings every SQLite connection gets when it opens (they are per connection, so they cannot live in the file):
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite allows one writer at a time. Without it a write that finds the database busy goes
/// back to Microsoft.Data.Sqlite, whose retry blocks the thread for 150 ms before trying again; under load (the bench's
/// 200 people) that put most turns' latency in those sleeps. With it SQLite waits itself, retrying within a millisecond
/// or two, which is about how long a write holds the lock.</item>
/// <item><c>synchronous=NORMAL</c>: the setting SQLite recommends with write-ahead logging (which the migrator turns
/// on). A commit no longer waits for the disk to flush the log; the database stays consistent after a crash or a power
/// loss, and only the last commits before a power loss may be lost.</item>
/// </list>
/// Pooled connections keep their native handle, so the settings are sent once per handle, not at every open.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static readonly SqliteConnectionTuning Instance = new();

    /// <summary>A write waits up to 5 s for another to finish before SQLite reports the database busy.</summary>
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    private readonly ConditionalWeakTable<object, object> tuned = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this native connection is seen (then it is remembered until it is closed for good).</summary>
    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || tuned.TryAdd(handle, handle);
}
