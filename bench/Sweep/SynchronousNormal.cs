using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// For the sweep's what-if figure only: every connection the app opens runs <c>PRAGMA synchronous=NORMAL</c> (in WAL
/// mode, a commit no longer waits for fsync; a power loss may roll back the last commits, never corrupts). The app
/// itself runs with SQLite's default, FULL. This shows how much of the claim's time is the commit's fsync.
/// </summary>
public sealed class SynchronousNormal : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
