using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecordsBot.Reminders;
using RecordsBot.Storage;

namespace RecordsBot.Tests.Reminders;

/// <summary>Check-ins go once each: at their time, after a restart, with two app instances on one database, and when
/// the instance that claimed one died.</summary>
public sealed class ExactlyOnceTests : ReminderAppTest
{
    [Fact]
    public async Task The_check_in_three_days_before_the_due_date_appears_in_the_conversation_once_at_ten_local_time()
    {
        var app = StartApp();
        var (_, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));

        var planned = await RowsAsync(app);
        Assert.Equal((CheckInKinds.Before, new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc)), (planned[0].Kind, planned[0].DueUtc));
        Assert.All(planned, p => Assert.Equal(CheckInStatus.Pending, p.Status));

        var sweep = app.Get<CheckInSweep>();
        Time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        Assert.Equal(1, CheckInsShown(await TextsAsync(app, session)));
        var sent = (await RowsAsync(app))[0];
        Assert.Equal((CheckInStatus.Sent, "chat", 1), (sent.Status, sent.SentVia, sent.Attempts));
        Assert.Equal(Time.GetUtcNow().UtcDateTime, sent.SentUtc);

        // Planning and sending logged ids and kinds only: no provider, no user or conversation id.
        var logs = string.Join("\n", app.Logs);
        Assert.Contains("checkin_sent", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretname", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(session.UserId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(session.ConversationId, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_s_own_timer_sweeps_every_SweepInterval_on_its_clock()
    {
        var app = StartApp(new Dictionary<string, string?> { ["RecordsBot:Reminders:SweepInterval"] = "00:05:00" }, ownTimer: true);
        await FirstSweepAsync(app);
        var (_, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));

        // Three days on, the timer's next tick sweeps: the before check-in goes, once; and the tick after sends nothing.
        var sweeper = app.Services.GetServices<IHostedService>().OfType<CheckInSweeper>().Single();
        var next = sweeper.NextSweepDone;
        Time.Advance(TimeSpan.FromDays(3));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(await RowsAsync(app), r => r.Status == CheckInStatus.Sent);

        next = sweeper.NextSweepDone;
        Time.Advance(TimeSpan.FromMinutes(5));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, CheckInsShown(await TextsAsync(app, session)));
        Assert.Single(await RowsAsync(app), r => r.Status == CheckInStatus.Sent);
    }

    [Fact]
    public async Task A_check_in_that_fell_due_while_the_app_was_down_goes_once_when_a_new_instance_starts_and_stale_ones_are_skipped()
    {
        Infrastructure.DirectLineTestClient.Session session;
        using (var first = StartApp())
        {
            var (_, s) = await OpenChatAsync(first);
            session = s;
            var activity = ReminderSeeds.WebChatActivity(first, s);
            // Due Friday 27 November: its due-date check-in is at 10:00 that day.
            await ReminderSeeds.PlanAsync(first, activity, ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
            // Due Wednesday 25 November: its due-date (25th) and first overdue (28th) check-ins both pass while down.
            await ReminderSeeds.PlanAsync(first, activity, ReminderSeeds.Request(2, new DateOnly(2026, 11, 25)));
        }

        // Four days later, at 11:00 in New York, a new instance starts on the same database.
        Time.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(1));
        var second = StartApp();
        await FirstSweepAsync(second);
        Assert.Equal(0, await second.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        Assert.Equal(2, CheckInsShown(await TextsAsync(second, session)));
        var rows = await RowsAsync(second);
        Assert.Equal(CheckInStatus.Sent, rows.Single(r => r.RequestId == 1 && r.Kind == CheckInKinds.Due).Status);
        Assert.Equal(CheckInStatus.Skipped, rows.Single(r => r.RequestId == 2 && r.Kind == CheckInKinds.Due).Status);
        Assert.Equal(CheckInStatus.Sent, rows.Single(r => r.RequestId == 2 && r.DueUtc == new DateTime(2026, 11, 28, 15, 0, 0, DateTimeKind.Utc)).Status);
        Assert.Equal(2, rows.Count(r => r.Status == CheckInStatus.Sent));
    }

    [Fact]
    public async Task An_app_that_comes_back_in_quiet_hours_waits_for_the_morning()
    {
        using (var first = StartApp())
        {
            var (_, s) = await OpenChatAsync(first);
            await ReminderSeeds.PlanAsync(first, ReminderSeeds.WebChatActivity(first, s), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        }

        // Back at 23:00 in New York on the due date: quiet hours until 9:00 the next day.
        Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(13));
        var second = StartApp();
        await FirstSweepAsync(second);
        var sweep = second.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        var waiting = (await RowsAsync(second))[0];
        Assert.Equal((CheckInStatus.Pending, new DateTime(2026, 11, 28, 14, 0, 0, DateTimeKind.Utc)), (waiting.Status, waiting.NextAttemptUtc));

        Time.Advance(TimeSpan.FromHours(10));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_sweeping_at_once_send_each_check_in_exactly_once()
    {
        var a = StartApp();
        var b = StartApp();
        var sessions = new List<Infrastructure.DirectLineTestClient.Session>();
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
            sweeps.Add(a.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
            sweeps.Add(b.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
        }

        var counts = await Task.WhenAll(sweeps);
        Assert.Equal(12, counts.Sum());
        foreach (var session in sessions)
        {
            Assert.Equal(1, CheckInsShown(await TextsAsync(a, session)));
        }

        Assert.Equal(12, (await RowsAsync(a)).Count(r => r.Status == CheckInStatus.Sent));
    }

    [Fact]
    public async Task A_check_in_claimed_by_an_instance_that_died_is_retaken_once_its_claim_expires()
    {
        var app = StartApp();
        var (_, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        Time.Advance(TimeSpan.FromDays(3));

        // Another instance claimed it (the same conditional update the sweep makes) and died before sending.
        var now = Time.GetUtcNow().UtcDateTime;
        await using (var db = await app.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync())
        {
            var claimed = await db.Set<CheckIn>().Where(x => x.Kind == CheckInKinds.Due && x.Status == CheckInStatus.Pending && x.NextAttemptUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimId, "dead").SetProperty(x => x.ClaimExpiresUtc, now.AddMinutes(5)).SetProperty(x => x.NextAttemptUtc, now.AddMinutes(5)));
            Assert.Equal(1, claimed);
        }

        var sweep = app.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, CheckInsShown(await TextsAsync(app, session)));
    }
}
