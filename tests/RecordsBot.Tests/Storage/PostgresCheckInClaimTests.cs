using Microsoft.EntityFrameworkCore;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tests.Reminders;

namespace RecordsBot.Tests.Storage;

/// <summary>Check-in claims on a real PostgreSQL server: the sweep's conditional UPDATE gives each due check-in to
/// exactly one of several sweeps running at once, across two app instances sharing the database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCheckInClaimTests(PostgresServer server) : ReminderAppTest
{
    private readonly Dictionary<string, string?> settings = server.AppSettings();

    [Fact]
    public async Task Two_app_instances_sweeping_at_once_send_each_check_in_exactly_once()
    {
        var a = StartApp(settings);
        var b = StartApp(settings);
        var sessions = new List<DirectLineTestClient.Session>();
        for (var i = 0; i < 12; i++)
        {
            var (_, session) = await OpenChatAsync(i % 2 == 0 ? a : b);
            sessions.Add(session);
            await ReminderSeeds.PlanAsync(a, ReminderSeeds.WebChatActivity(a, session), ReminderSeeds.Request(i + 1, new DateOnly(2026, 11, 27)));
        }

        Time.Advance(TimeSpan.FromDays(3));
        var sweeps = new List<Task<int>>();
        for (var round = 0; round < 3; round++)
        {
            sweeps.Add(Task.Run(() => a.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None)));
            sweeps.Add(Task.Run(() => b.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None)));
        }

        var counts = await Task.WhenAll(sweeps);
        Assert.Equal(12, counts.Sum());
        foreach (var session in sessions)
        {
            Assert.Equal(1, CheckInsShown(await TextsAsync(b, session)));
        }

        var rows = await RowsAsync(a);
        Assert.Equal(12, rows.Count(r => r.Status == CheckInStatus.Sent));
        Assert.All(rows.Where(r => r.Status == CheckInStatus.Sent), r => Assert.Equal(1, r.Attempts));
        Assert.Equal(0, await b.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_claim_update_is_won_by_exactly_one_of_many_concurrent_claimers()
    {
        var app = StartApp(settings);
        var (_, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        Time.Advance(TimeSpan.FromDays(3));
        var now = Time.GetUtcNow().UtcDateTime;
        var factory = app.Get<IDbContextFactory<RecordsBotDbContext>>();
        long id;
        await using (var db = await factory.CreateDbContextAsync())
        {
            id = (await CheckInSweep.DueQuery(db, now, 50).SingleAsync()).Id;
        }

        // The same conditional UPDATE the sweep makes (pending and due → claimed until later), from 16 connections at once.
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var expires = now.AddMinutes(5);
            return await db.Set<CheckIn>().Where(x => x.Id == id && x.Status == CheckInStatus.Pending && x.NextAttemptUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimId, $"claimer-{i}").SetProperty(x => x.ClaimExpiresUtc, expires)
                    .SetProperty(x => x.NextAttemptUtc, expires).SetProperty(x => x.Attempts, x => x.Attempts + 1));
        })));

        Assert.Equal(1, claims.Sum());
        var row = (await RowsAsync(app)).Single(r => r.Id == id);
        Assert.Equal((1, now.AddMinutes(5)), (row.Attempts, row.NextAttemptUtc));
        Assert.Equal(0, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        // Once the claim expires (its instance died), one sweep takes it again and sends it.
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, CheckInsShown(await TextsAsync(app, session)));
    }
}
