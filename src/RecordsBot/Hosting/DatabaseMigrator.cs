using Microsoft.EntityFrameworkCore;
using RecordsBot.Storage;

namespace RecordsBot.Hosting;

/// <summary>Creates and upgrades the schema with EF Core migrations before anything else starts: the context the factory
/// gives is the configured provider's own (<see cref="RecordsBotDbContext"/> on SQLite,
/// <see cref="PostgreSqlRecordsBotDbContext"/> on PostgreSQL), and so are the migrations it applies. On PostgreSQL the
/// database is created when missing, and EF Core's migration lock keeps instances starting together from racing.</summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<RecordsBotDbContext> dbFactory, ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (Web Chat polls, streams) run while a turn writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(logger, db.Database.IsSqlite() ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.PostgreSql));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1400, EventName = "database_ready", Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
