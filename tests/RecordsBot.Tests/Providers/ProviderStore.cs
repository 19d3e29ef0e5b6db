using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Providers;

/// <summary>The saved-providers store on a real, migrated SQLite file of its own, on a fake clock.</summary>
public sealed class ProviderStore : IAsyncLifetime
{
    private readonly TestDataFolder data = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    public PooledDbContextFactory<RecordsBotDbContext> Db { get; private set; } = null!;

    public ProviderList List { get; private set; } = null!;

    public PersonKeys Keys { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = new PooledDbContextFactory<RecordsBotDbContext>(new DbContextOptionsBuilder<RecordsBotDbContext>().UseSqlite($"Data Source={data.DatabasePath}").Options);
        await using (var db = await Db.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        Keys = new PersonKeys(new AppSecretStore(Db, Time));
        List = new ProviderList(Db, Keys, Time);
    }

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }
}
