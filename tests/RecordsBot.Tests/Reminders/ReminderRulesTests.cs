using Microsoft.Bot.Schema;
using RecordsBot.Channels;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>The person's say over check-ins: "stop reminders" at any point, STOP on SMS, turning them back on, snooze,
/// and "delete my data".</summary>
public sealed class ReminderRulesTests : ReminderAppTest
{
    private static async Task<List<string>> SayAsync(DirectLineTestClient client, DirectLineTestClient.Session session, string text, string id, int after)
    {
        await client.SayAsync(session, text, id);
        var (activities, _) = await client.GetActivitiesAsync(session);
        return activities.Skip(after).Where(a => (string?)a["from"]?["role"] == "bot").Select(a => (string)a["text"]!).ToList();
    }

    [Fact]
    public async Task Stop_reminders_in_the_middle_of_a_topic_turns_check_ins_off_keeps_the_question_and_nothing_is_sent_until_they_are_on_again()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await client.SayAsync(session, "Fees and deadlines", "c1");
        var (before, _) = await client.GetActivitiesAsync(session);

        var replies = await SayAsync(client, session, "Stop reminders!", "c2", before.Count);
        Assert.StartsWith("Done: check-ins are off", replies[0], StringComparison.Ordinal);
        Assert.Equal((string)before[^1]["text"]!, replies[^1]);
        Assert.All(await RowsAsync(app), r => Assert.Equal(CheckInStatus.Paused, r.Status));
        Assert.False((await PreferenceAsync(app))!.OptedIn);

        Time.Advance(TimeSpan.FromDays(3));
        var sweep = app.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        // Planning again while they are off stores the check-ins paused: nothing pending.
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(2, new DateOnly(2026, 12, 20)));
        Assert.DoesNotContain(await RowsAsync(app), r => r.Status == CheckInStatus.Pending);

        // Turned on again (days later: the page resumes its conversation): those still ahead come back; the ones that
        // passed while off are dropped.
        session = await client.StartSessionAsync(session.Token, session.User);
        await client.SayAsync(session, "menu", "c3");
        var (all, _) = await client.GetActivitiesAsync(session);
        replies = await SayAsync(client, session, "reminder settings", "c4", all.Count);
        Assert.Equal(["Check-ins are off.", "What would you like to change?"], replies);
        replies = await SayAsync(client, session, "Turn check-ins on", "c5", all.Count + 3);
        Assert.StartsWith("Check-ins are on.", replies[0], StringComparison.Ordinal);
        var rows = await RowsAsync(app);
        Assert.DoesNotContain(rows, r => r.DueUtc <= Time.GetUtcNow().UtcDateTime);
        Assert.All(rows, r => Assert.Equal(CheckInStatus.Pending, r.Status));
        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Stop_reminders_in_answer_to_a_check_in_ends_it_and_the_menu_asks_again()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        session = await client.StartSessionAsync(session.Token, session.User);
        var (all, _) = await client.GetActivitiesAsync(session);
        Assert.Equal(CheckInText, (string)all[^1]["text"]!);
        var replies = await SayAsync(client, session, "stop reminders", "c1", all.Count);
        Assert.StartsWith("Done: check-ins are off", replies[0], StringComparison.Ordinal);
        Assert.Equal("What would you like to do?", replies[^1]);
        Assert.DoesNotContain(await RowsAsync(app), r => r.Status == CheckInStatus.Pending);
    }

    [Fact]
    public async Task Stop_on_SMS_stops_the_person_s_check_ins_and_an_opted_out_SMS_conversation_gets_none()
    {
        var app = StartApp();
        var sms = new BotClient(app.Http(), ChannelIds.Sms, userId: "+15552013344");
        await sms.SayAsync("hi");
        await ReminderSeeds.PlanAsync(app, new Activity(ActivityTypes.Message)
        {
            Id = "seed",
            ChannelId = ChannelIds.Sms,
            ServiceUrl = "http://127.0.0.1:9/",
            Conversation = new ConversationAccount(id: sms.ConversationId),
            From = new ChannelAccount("+15552013344", role: RoleTypes.User),
            Recipient = new ChannelAccount("+15550006666", role: RoleTypes.Bot),
        }, ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        Assert.Contains(await RowsAsync(app), r => r.Status == CheckInStatus.Pending);

        var replies = await sms.SayAsync("STOP");
        Assert.StartsWith("You're unsubscribed", replies[0].Text, StringComparison.Ordinal);
        Assert.All(await RowsAsync(app), r => Assert.Equal(CheckInStatus.Paused, r.Status));

        Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_check_in_for_an_SMS_conversation_that_texted_STOP_is_not_sent_even_if_it_was_still_pending()
    {
        var app = StartApp();
        var sms = new BotClient(app.Http(), ChannelIds.Sms, userId: "+15552013344");
        await sms.SayAsync("hi");
        await sms.SayAsync("STOP");
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = "seed",
            ChannelId = ChannelIds.Sms,
            ServiceUrl = "http://127.0.0.1:9/",
            Conversation = new ConversationAccount(id: sms.ConversationId),
            From = new ChannelAccount("+15552013344", role: RoleTypes.User),
            Recipient = new ChannelAccount("+15550006666", role: RoleTypes.Bot),
        };

        // Planned by another path after STOP, with check-ins turned on again elsewhere: the conversation's own opt-out holds.
        await ReminderSeeds.PlanAsync(app, activity, ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        using (var turn = new Microsoft.Bot.Builder.TurnContext(app.Get<RecordsBot.Bot.RecordsBotAdapter>(), activity))
        {
            await app.Get<ReminderPreferences>().SetOptedInAsync(RecordsBot.Privacy.PersonRef.Of(turn), true, CancellationToken.None);
        }

        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
        var row = (await RowsAsync(app)).First();
        Assert.Equal((CheckInStatus.Unreachable, "stopped"), (row.Status, row.LastError));
    }

    [Fact]
    public async Task Snooze_holds_check_ins_back_a_week_and_says_until_when()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await client.SayAsync(session, "reminder settings", "c1");
        var (all, _) = await client.GetActivitiesAsync(session);
        var replies = await SayAsync(client, session, "Pause for a week", "c2", all.Count);
        Assert.Equal("OK, I won't check in before December 1, 2026.", replies[0]);

        var until = new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc);
        var rows = await RowsAsync(app);
        Assert.DoesNotContain(rows, r => r.DueUtc < until);
        Assert.Equal(until, (await PreferenceAsync(app))!.SnoozedUntilUtc);

        var sweep = app.Get<CheckInSweep>();
        Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        // A request planned during the snooze gets nothing before its end either; after it, check-ins go again.
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(2, new DateOnly(2026, 11, 25)));
        Assert.DoesNotContain(await RowsAsync(app), r => r.DueUtc < until);
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Delete_my_data_erases_the_person_s_check_ins_and_settings()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await client.SayAsync(session, "stop reminders", "c1");
        Assert.NotNull(await PreferenceAsync(app));

        await client.SayAsync(session, "delete my data", "c2");
        await client.SayAsync(session, "yes", "c3");

        Assert.Empty(await RowsAsync(app));
        Assert.Null(await PreferenceAsync(app));
    }
}
