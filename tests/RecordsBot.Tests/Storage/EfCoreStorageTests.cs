using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Storage;

/// <summary>The EF Core <see cref="IStorage"/> on a real SQLite file, against the IStorage contract.</summary>
public sealed class EfCoreStorageTests : IAsyncLifetime
{
    private readonly TestDataFolder data = new();
    private PooledDbContextFactory<RecordsBotDbContext> factory = null!;
    private EfCoreStorage storage = null!;

    public async Task InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<RecordsBotDbContext>().UseSqlite($"Data Source={data.DatabasePath}").Options;
        factory = new PooledDbContextFactory<RecordsBotDbContext>(options);
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        storage = new EfCoreStorage(factory, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var db = await factory.CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: see DEVELOPERS.md");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Writes_reads_and_deletes_items()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "one", Count = 1 }, ["b"] = new Note { Text = "two" } });

        var read = await ReadNotesAsync(["a", "b", "missing"]);
        Assert.Equal(2, read.Count);
        Assert.Equal("one", read["a"].Text);
        Assert.Equal(1, read["a"].Count);
        Assert.False(string.IsNullOrEmpty(read["a"].ETag));

        await storage.DeleteAsync(["a"]);
        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_is_refused()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var first = (await ReadNotesAsync(["k"]))["k"];
        var second = (await ReadNotesAsync(["k"]))["k"];

        first.Text = "from the first reader";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });

        second.Text = "from the second reader";
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = second }));
        Assert.Equal("from the first reader", (await ReadNotesAsync(["k"]))["k"].Text);
    }

    [Fact]
    public async Task Star_or_no_ETag_writes_unconditionally()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v2", ETag = "*" } });
        Assert.Equal("v2", (await ReadNotesAsync(["k"]))["k"].Text);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v3" } });
        Assert.Equal("v3", (await ReadNotesAsync(["k"]))["k"].Text);
    }

    [Fact]
    public async Task The_same_item_can_be_saved_twice_in_a_row_because_it_carries_its_new_ETag()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var note = (await ReadNotesAsync(["k"]))["k"];
        var readETag = note.ETag;

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });
        Assert.NotEqual(readETag, note.ETag);
        note.Text = "v3";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });

        Assert.Equal("v3", (await ReadNotesAsync(["k"]))["k"].Text);
    }

    [Fact]
    public async Task Bot_state_dictionaries_get_optimistic_concurrency_too()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["state"] = new Dictionary<string, object> { ["n"] = 1 } });
        var first = ((JObject)(await storage.ReadAsync(["state"]))["state"]).ToObject<Dictionary<string, object>>()!;
        var second = ((JObject)(await storage.ReadAsync(["state"]))["state"]).ToObject<Dictionary<string, object>>()!;

        first["n"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["state"] = first });
        second["n"] = 3;

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["state"] = second }));
    }

    [Fact]
    public async Task A_stale_ETag_on_a_deleted_item_writes_it_anew()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var note = (await ReadNotesAsync(["k"]))["k"];
        await storage.DeleteAsync(["k"]);

        note.Text = "again";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });

        Assert.Equal("again", (await ReadNotesAsync(["k"]))["k"].Text);
    }

    [Fact]
    public async Task Text_that_looks_like_dates_or_JSON_comes_back_unchanged()
    {
        var text = "2026-11-24T10:00:00Z {\"$type\":\"System.IO.FileInfo\"} O'Brien-Núñez 🚑";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = text, When = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)) } });

        var read = (await ReadNotesAsync(["k"]))["k"];

        Assert.Equal(text, read.Text);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), read.When);
        Assert.Equal(TimeSpan.FromHours(-5), read.When!.Value.Offset);
    }

    [Fact]
    public async Task Concurrent_writers_of_one_item_never_both_win_with_the_same_ETag()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v0" } });
        var readers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ReadNotesAsync(["k"])));

        var outcomes = await Task.WhenAll(readers.Select(async (r, i) =>
        {
            var note = r["k"];
            note.Text = $"writer {i}";
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    /// <summary>Items come back as JSON objects (no type names are stored), converted the way BotState converts them.</summary>
    private async Task<Dictionary<string, Note>> ReadNotesAsync(string[] keys) =>
        (await storage.ReadAsync(keys)).ToDictionary(kv => kv.Key, kv => ((JObject)kv.Value).ToObject<Note>()!);

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public DateTimeOffset? When { get; set; }

        public string? ETag { get; set; }
    }
}
