using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tests.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Storage;

/// <summary>The real app over HTTP on a real PostgreSQL server: it migrates the database at start with PostgreSQL's own
/// migrations, says it is ready, and carries a whole conversation (a saved provider, a tracked request, its check-ins,
/// the local channel, then "delete my data").</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAppTests(PostgresServer server) : IDisposable
{
    private readonly TestDataFolder data = new();

    // Wednesday 2026-11-25 03:00 UTC: still Tuesday the 24th in New York.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task The_app_migrates_a_new_PostgreSQL_database_at_start_and_readyz_says_ready()
    {
        var settings = server.AppSettings();
        using var app = new RecordsBotApp(data, settings);

        using var http = app.Http();
        var response = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ready\"}", await response.Content.ReadAsStringAsync());

        await using var db = await app.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync();
        Assert.IsType<PostgreSqlRecordsBotDbContext>(db);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains(app.Logs, l => l.Contains("Database schema is up to date (PostgreSql)", StringComparison.Ordinal));
        Assert.False(File.Exists(data.DatabasePath), "no SQLite file is made on PostgreSQL");

        // The tables are PostgreSQL's: the sweep's index is there, times are timestamptz.
        await using var connection = new NpgsqlConnection(settings["ConnectionStrings:RecordsBot"]);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT count(*) FROM pg_indexes WHERE tablename = 'CheckIns' AND indexname = 'IX_CheckIns_Sweep'""", connection);
        Assert.Equal(1L, await query.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_starts_on_the_migrated_schema()
    {
        var settings = server.AppSettings();
        using var first = new RecordsBotApp(data, settings);
        using var second = new RecordsBotApp(data, settings);

        using var http = second.Http();
        Assert.Equal("{\"status\":\"ready\"}", await http.GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task A_server_that_is_not_there_stops_the_start_without_showing_the_password()
    {
        // A port nothing listens on: the app cannot migrate, so it does not start, and says so without the password.
        var settings = new Dictionary<string, string?>
        {
            ["RecordsBot:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:RecordsBot"] = $"Host=127.0.0.1;Port=1;Username=postgres;Password=hunter2;Database=x;Timeout=2",
        };
        var error = await Task.Run(() => Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, settings)).ToString());
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres", null, "RecordsBot:Database:Provider must be Sqlite or PostgreSql (it is 'Postgres').")]
    [InlineData("PostgreSql", "", "ConnectionStrings:RecordsBot must be a PostgreSQL connection string")]
    [InlineData("PostgreSql", "Data Source=data/recordsbot.db", "ConnectionStrings:RecordsBot is not a valid PostgreSQL connection string")]
    public void Bad_database_settings_stop_the_start_naming_the_setting(string provider, string? connection, string expected)
    {
        var settings = new Dictionary<string, string?> { ["RecordsBot:Database:Provider"] = provider };
        if (connection is not null)
        {
            settings["ConnectionStrings:RecordsBot"] = connection;
        }

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, settings)).ToString();

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_conversation_saves_a_provider_tracks_a_request_plans_check_ins_and_delete_my_data_erases_them()
    {
        using var app = new RecordsBotApp(data, server.AppSettings(), s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        var person = new PersonRef("webchat", "pg-person");
        var bot = new BotClient(app.Http(), userId: person.UserId);
        await bot.JoinAsync();

        // Who to contact: one provider, saved.
        await bot.SayAsync("Who to contact");
        await bot.SayAsync("yes");
        await bot.SayAsync("Dr. Ana Ruiz");
        await bot.SayAsync("OH");
        var saved = await bot.SayAsync("don't know");
        Assert.Contains(saved, r => r.Text?.StartsWith("Saved: Dr. Ana Ruiz (Primary care doctor, Ohio).", StringComparison.Ordinal) == true);
        await bot.SayAsync("done");
        await bot.SayAsync("menu");

        // Track my requests: that provider, picked from the saved list, mailed last Tuesday.
        var list = await bot.SayAsync("Track my requests");
        Assert.StartsWith("Which provider did you send it to?", list[^1].Text);
        Assert.StartsWith("How did you send it?", (await bot.SayAsync("1"))[0].Text);
        await bot.SayAsync("Mail");
        await bot.SayAsync("last Tuesday");
        await bot.SayAsync("no");
        var tracked = await bot.SayAsync("Waiting for them");
        Assert.Contains(tracked, r => r.Text?.Contains("due by **December 17, 2026**", StringComparison.Ordinal) == true);
        var optIn = await bot.SayAsync("yes");

        var provider = Assert.Single(await app.Get<IProviderList>().ListAsync(person, default));
        Assert.Equal(("Dr. Ana Ruiz", "OH"), (provider.Name, provider.State));
        var request = Assert.Single(await app.Get<ITrackedRequests>().ListAsync(person, default));
        Assert.Equal((provider.Id, new DateOnly(2026, 11, 17), new DateOnly(2026, 12, 17)), (request.Details.ProviderId, request.Details.SentOn, request.Details.DueOn));
        var checkIns = await ReminderSeeds.CheckInsAsync(app);
        Assert.NotEmpty(checkIns);
        Assert.All(checkIns, c => Assert.Equal((CheckInStatus.Pending, DateTimeKind.Utc), (c.Status, c.DueUtc.Kind)));
        Assert.Contains(checkIns, c => c.Kind == CheckInKinds.Before && c.DueUtc == new DateTime(2026, 12, 14, 15, 0, 0, DateTimeKind.Utc));
        Assert.NotEmpty(optIn);

        // Another conversation of the same person finds both; then "delete my data" erases everything stored.
        var again = new BotClient(app.Http(), userId: person.UserId);
        var shown = await again.SayAsync("Track my requests");
        Assert.Contains(shown, r => r.Text?.Contains("1. Dr. Ana Ruiz: waiting, due December 17, 2026", StringComparison.Ordinal) == true);
        await again.SayAsync("delete my data");
        await again.SayAsync("yes");

        Assert.Empty(await app.Get<IProviderList>().ListAsync(person, default));
        Assert.Empty(await app.Get<ITrackedRequests>().ListAsync(person, default));
        Assert.Empty(await ReminderSeeds.CheckInsAsync(app));
        Assert.DoesNotContain("Ana Ruiz", string.Join("\n", app.Logs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_Direct_Line_channel_keeps_its_conversation_on_PostgreSQL()
    {
        using var app = new RecordsBotApp(data, server.AppSettings());
        var client = new DirectLineTestClient(app.Http());
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);

        await client.SayAsync(session, "Who to contact", "c1");

        var (activities, _) = await client.GetActivitiesAsync(session);
        Assert.Contains(activities, a => ((string?)a["text"])?.StartsWith("Let's list everyone who may hold your records.", StringComparison.Ordinal) == true);

        // A new page load resumes the same conversation from the database.
        var resumed = await new DirectLineTestClient(app.Http()).StartSessionAsync(session.Token, session.User);
        Assert.Equal(session.ConversationId, resumed.ConversationId);
    }
}
