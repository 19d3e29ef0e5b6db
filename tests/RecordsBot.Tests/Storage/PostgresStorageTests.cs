using System.Data.Common;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Npgsql;
using RecordsBot.Hosting;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Storage;

/// <summary>The EF Core <see cref="IStorage"/> on a real PostgreSQL server, against the IStorage contract, with the
/// database opened as the app and the bench open it (<see cref="DatabaseSetup.Configure"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : IAsyncLifetime
{
    private readonly string connection = server.NewDatabase();
    private readonly CompetingInsert competitor = new();
    private RecordsBotDbContextFactory factory = null!;
    private EfCoreStorage storage = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(server.AppSettings(connection)).Build();
        var options = new DbContextOptionsBuilder<RecordsBotDbContext>();
        DatabaseSetup.Configure(options, configuration, Path.GetTempPath());
        options.AddInterceptors(competitor);
        factory = new RecordsBotDbContextFactory(options.Options);
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        storage = new EfCoreStorage(factory, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PostgreSQL_gets_its_own_migrations_and_they_match_the_model()
    {
        await using var db = factory.CreateDbContext();

        Assert.IsType<PostgreSqlRecordsBotDbContext>(db);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration: see DEVELOPERS.md");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.All(db.Database.GetMigrations(), id => Assert.Contains(id, db.Database.GetMigrations()));
        Assert.DoesNotContain("20261124213901_InitialCreate", db.Database.GetMigrations()); // SQLite's first migration
    }

    [Fact]
    public async Task Times_are_stored_as_UTC_instants_and_come_back_as_UTC()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        await using var db = factory.CreateDbContext();
        var row = await db.StateItems.AsNoTracking().SingleAsync(x => x.Key == "k");
        Assert.Equal(DateTimeKind.Utc, row.UpdatedUtc.Kind);
        Assert.Equal(new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc), row.UpdatedUtc);

        // A time without a kind (as SQLite gives them back, or made from a date) is taken as UTC, not refused.
        var unspecified = new DateTime(2026, 11, 24, 13, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(1, await db.StateItems.Where(x => x.Key == "k" && x.UpdatedUtc < unspecified)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedUtc, unspecified)));
        var column = await db.Database.SqlQueryRaw<string>("""SELECT data_type AS "Value" FROM information_schema.columns WHERE table_name = 'StateItems' AND column_name = 'UpdatedUtc'""").SingleAsync();
        Assert.Equal("timestamp with time zone", column);
    }

    [Fact]
    public async Task Writes_reads_and_deletes_items()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "one", Count = 1 }, ["b"] = new Note { Text = "two" } });

        var read = await ReadNotesAsync(["a", "b", "missing"]);
        Assert.Equal(2, read.Count);
        Assert.Equal(("one", 1), (read["a"].Text, read["a"].Count));
        Assert.False(string.IsNullOrEmpty(read["a"].ETag));

        await storage.DeleteAsync(["a"]);
        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = null! });
        Assert.Empty(await storage.ReadAsync(["a", "b"]));
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_is_refused_and_star_writes_unconditionally()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var first = (await ReadNotesAsync(["k"]))["k"];
        var second = (await ReadNotesAsync(["k"]))["k"];

        first.Text = "from the first reader";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        second.Text = "from the second reader";
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = second }));
        Assert.Equal("from the first reader", (await ReadNotesAsync(["k"]))["k"].Text);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "star", ETag = "*" } });
        Assert.Equal("star", (await ReadNotesAsync(["k"]))["k"].Text);
    }

    [Fact]
    public async Task A_stale_ETag_on_a_deleted_item_writes_it_anew_and_text_comes_back_unchanged()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var note = (await ReadNotesAsync(["k"]))["k"];
        await storage.DeleteAsync(["k"]);

        note.Text = "2026-11-24T10:00:00Z {\"$type\":\"System.IO.FileInfo\"} O'Brien-Núñez 🚑 \0 nul";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });

        Assert.Equal(note.Text, (await ReadNotesAsync(["k"]))["k"].Text);
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

    [Fact]
    public async Task Concurrent_upserts_of_a_new_item_all_succeed_and_one_value_stays()
    {
        var writes = Enumerable.Range(0, 12).Select(i => storage.WriteAsync(new Dictionary<string, object> { ["race"] = new Note { Text = $"writer {i}" } }));
        await Task.WhenAll(writes);

        var stored = (await ReadNotesAsync(["race"]))["race"];
        Assert.StartsWith("writer ", stored.Text, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.StateItems.CountAsync(x => x.Key == "race"));
    }

    [Fact]
    public async Task An_insert_beaten_by_another_writer_is_not_inserted_and_does_not_poison_the_statements_after_it()
    {
        // Another instance inserts "a" between this write's UPDATE (no row yet) and its INSERT: the INSERT hits the
        // primary key (23505). The upsert must then update the row that is there, and the next item of the same
        // write, on the same connection, must still go in.
        competitor.Arm("a", connection);

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "mine" }, ["b"] = new Note { Text = "next" } });

        Assert.True(competitor.Fired);
        var read = await ReadNotesAsync(["a", "b"]);
        Assert.Equal(("mine", "next"), (read["a"].Text, read["b"].Text));

        // A stale ETag for an item someone else created meanwhile is a conflict, and the storage keeps working.
        competitor.Arm("c", connection);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["c"] = new Note { Text = "mine", ETag = "stale" } }));
        Assert.Equal("theirs", (await ReadNotesAsync(["c"]))["c"].Text);
        await storage.WriteAsync(new Dictionary<string, object> { ["d"] = new Note { Text = "after" } });
        Assert.Equal("after", (await ReadNotesAsync(["d"]))["d"].Text);
    }

    [Fact]
    public async Task Any_other_database_error_is_not_taken_for_a_lost_race()
    {
        // A key longer than PostgreSQL allows in an index entry fails with a real error (54000), which must surface as
        // such, not be read as "someone else inserted it" and retried into a concurrency exception.
        var huge = string.Concat(Enumerable.Range(0, 400).Select(_ => Guid.NewGuid().ToString("N")));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { [huge] = new Note { Text = "x" } }));
        Assert.IsNotType<StorageConcurrencyException>(error);
        await storage.WriteAsync(new Dictionary<string, object> { ["fine"] = new Note { Text = "still works" } });
        Assert.Equal("still works", (await ReadNotesAsync(["fine"]))["fine"].Text);
    }

    private async Task<Dictionary<string, Note>> ReadNotesAsync(string[] keys) =>
        (await storage.ReadAsync(keys)).ToDictionary(kv => kv.Key, kv => ((JObject)kv.Value).ToObject<Note>()!);

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public string? ETag { get; set; }
    }

    /// <summary>Just before the next INSERT of a state item with the armed key, inserts that key from another connection
    /// (another instance winning the race), once.</summary>
    private sealed class CompetingInsert : DbCommandInterceptor
    {
        private string? key;
        private string? connectionString;

        public bool Fired { get; private set; }

        public void Arm(string armedKey, string connection)
        {
            key = armedKey;
            connectionString = connection;
            Fired = false;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await CompeteAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await CompeteAsync(command, cancellationToken);
            return result;
        }

        private async Task CompeteAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (key is null || !command.CommandText.Contains("INSERT INTO \"StateItems\"", StringComparison.Ordinal)
                || !command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, key)))
            {
                return;
            }

            var armed = key;
            key = null;
            await using var other = new NpgsqlConnection(connectionString);
            await other.OpenAsync(cancellationToken);
            await using var insert = new NpgsqlCommand("""INSERT INTO "StateItems" ("Key", "Json", "ETag", "UpdatedUtc") VALUES (@k, '{"Text":"theirs"}', 'theirs', now())""", other);
            insert.Parameters.AddWithValue("k", armed);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            Fired = true;
        }
    }
}
