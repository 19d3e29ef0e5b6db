using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Tracking;

/// <summary>The tracked-requests store on a real, migrated SQLite file of its own, on a fake clock.</summary>
public sealed class TrackingStore : IAsyncLifetime
{
    private readonly TestDataFolder data = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    public PooledDbContextFactory<RecordsBotDbContext> Db { get; private set; } = null!;

    public TrackedRequests Requests { get; private set; } = null!;

    public PersonKeys Keys { get; private set; } = null!;

    public AppSecretStore Secrets { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = new PooledDbContextFactory<RecordsBotDbContext>(new DbContextOptionsBuilder<RecordsBotDbContext>().UseSqlite($"Data Source={data.DatabasePath}").Options);
        await using (var db = await Db.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        Secrets = new AppSecretStore(Db, Time);
        Keys = new PersonKeys(Secrets);
        Requests = new TrackedRequests(Db, Keys, Time);
    }

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }
}
