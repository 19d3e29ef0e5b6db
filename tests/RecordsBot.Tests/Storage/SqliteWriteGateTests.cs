using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Hosting;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Storage;

/// <summary>
/// The database as the app opens it (<see cref="DatabaseSetup.Configure"/>, the app's pooled factory) on a SQLite file:
/// writers take turns through <see cref="SqliteWriteGate"/>, which is free again after every kind of write, failed ones
/// included, and each connection runs with the busy timeout and synchronous=NORMAL of <see cref="SqliteConnectionTuning"/>.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private readonly TestDataFolder data = new();
    private IDbContextFactory<RecordsBotDbContext> factory = null!;
    private SqliteWriteGate gate = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RecordsBot"] = $"Data Source={data.DatabasePath}" })
            .Build();
        var builder = new DbContextOptionsBuilder<RecordsBotDbContext>();
        DatabaseSetup.Configure(builder, configuration, data.Path);
        factory = new RecordsBotDbContextFactory(builder.Options);
        gate = SqliteWriteGate.For(data.DatabasePath);
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_writers_at_once_all_succeed_and_leave_the_gate_free()
    {
        var storage = new EfCoreStorage(factory, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));

        // 40 people each writing their state 5 times (an insert, then updates with the ETag read back), all at once.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(person => Task.Run(async () =>
        {
            var key = $"webchat/conversations/c{person}";
            for (var turn = 0; turn < 5; turn++)
            {
                var state = await storage.ReadAsync([key]);
                var item = state.TryGetValue(key, out var stored) ? (Newtonsoft.Json.Linq.JObject)stored : new Newtonsoft.Json.Linq.JObject();
                item["turn"] = turn;
                await storage.WriteAsync(new Dictionary<string, object> { [key] = item });
            }
        })));

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(40, await db.StateItems.CountAsync());
        Assert.All(await db.StateItems.Select(x => x.Json).ToListAsync(), json => Assert.Contains("\"turn\":4", json, StringComparison.Ordinal));
        Assert.True(gate.IsFree);
    }

    [Fact]
    public async Task The_gate_is_free_after_each_kind_of_write_failed_ones_included()
    {
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.StateItems.Add(new StateItem { Key = "k", Json = "{}", ETag = "e1" });
            await db.SaveChangesAsync();
        }

        Assert.True(gate.IsFree);

        // SaveChanges that fails (the key is taken).
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.StateItems.Add(new StateItem { Key = "k", Json = "{}", ETag = "e2" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.True(gate.IsFree);

        // A single UPDATE, one that matches nothing, a DELETE, raw SQL that fails, and a cancelled write.
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.StateItems.Where(x => x.Key == "k").ExecuteUpdateAsync(s => s.SetProperty(x => x.ETag, "e3")));
            Assert.Equal(0, await db.StateItems.Where(x => x.Key == "none").ExecuteUpdateAsync(s => s.SetProperty(x => x.ETag, "e4")));
            Assert.True(gate.IsFree);
            await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO \"StateItems\" (\"Key\") VALUES ('k')"));
            Assert.True(gate.IsFree);
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.StateItems.Where(x => x.Key == "k").ExecuteDeleteAsync(cancelled.Token));
            Assert.True(gate.IsFree);
            Assert.Equal(1, await db.StateItems.Where(x => x.Key == "k").ExecuteDeleteAsync());
        }

        Assert.True(gate.IsFree);
    }

    [Fact]
    public async Task A_save_that_finds_nothing_to_write_leaves_the_gate_free()
    {
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(0, await db.SaveChangesAsync());
        Assert.True(gate.IsFree);
    }

    [Fact]
    public async Task Connections_wait_for_a_busy_database_and_commit_without_an_fsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(5000L, await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
    }
}
