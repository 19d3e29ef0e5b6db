using Microsoft.Bot.Schema;
using RecordsBot.Channels;
using RecordsBot.Reminders;

namespace RecordsBot.Tests.Reminders;

/// <summary>When a channel refuses a check-in: a conversation it reports gone (404, 403) is never tried again and its
/// other check-ins are pruned; a server error is retried with doubling waits and recorded.</summary>
public sealed class FailedSendTests : ReminderAppTest
{
    private static Activity TeamsActivity(Uri serviceUrl, string conversationId) => new(ActivityTypes.Message)
    {
        Id = "seed",
        ChannelId = ChannelIds.Teams,
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("29:person", role: RoleTypes.User),
        Recipient = new ChannelAccount("28:bot", "RecordsBot", RoleTypes.Bot),
        LocalTimezone = "America/Chicago",
    };

    [Fact]
    public async Task A_local_conversation_that_no_longer_exists_is_gone_and_all_its_check_ins_are_pruned()
    {
        var app = StartApp();
        var (_, session) = await OpenChatAsync(app);
        var gone = ReminderSeeds.WebChatActivity(app, session);
        gone.Conversation = new ConversationAccount(id: "no-such-conversation");
        await ReminderSeeds.PlanAsync(app, gone, ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        await ReminderSeeds.PlanAsync(app, gone, ReminderSeeds.Request(2, new DateOnly(2026, 12, 20)));
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(3, new DateOnly(2026, 12, 20)));

        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        var rows = await RowsAsync(app);
        var failed = Assert.Single(rows, r => r.RequestId == 1);
        Assert.Equal((CheckInStatus.Unreachable, "local-conversation-gone", 1), (failed.Status, failed.LastError, failed.Attempts));
        Assert.DoesNotContain(rows, r => r.RequestId == 2);
        Assert.Contains(rows, r => r.RequestId == 3 && r.Status == CheckInStatus.Pending);
    }

    [Fact]
    public async Task A_connector_answering_404_stops_the_conversation_s_check_ins()
    {
        await using var connector = await HttpStub.StartAsync();
        connector.Respond = (_, _) => (404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");
        var app = StartApp();
        await ReminderSeeds.PlanAsync(app, TeamsActivity(connector.BaseAddress, "19:deleted"), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        await ReminderSeeds.PlanAsync(app, TeamsActivity(connector.BaseAddress, "19:deleted"), ReminderSeeds.Request(2, new DateOnly(2026, 12, 27)));

        Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        Assert.Equal(0, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        Assert.Single(connector.Calls);
        var rows = await RowsAsync(app);
        Assert.Contains(rows, r => r.Status == CheckInStatus.Unreachable && r.LastError == "http-404");
        Assert.DoesNotContain(rows, r => r.Status == CheckInStatus.Pending);
    }

    [Fact]
    public async Task A_connector_answering_403_stops_the_conversation_s_check_ins()
    {
        await using var connector = await HttpStub.StartAsync();
        connector.Respond = (_, _) => (403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
        var app = StartApp();
        await ReminderSeeds.PlanAsync(app, TeamsActivity(connector.BaseAddress, "19:gone"), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));

        Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var sweep = app.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        var call = Assert.Single(connector.Calls);
        Assert.Equal("/v3/conversations/19:gone/activities", call.Path);
        // The check-in three days before (10:00 in Chicago today) was superseded by the due-date one while waiting.
        var rows = await RowsAsync(app);
        Assert.Equal(
            [(CheckInKinds.Before, CheckInStatus.Skipped, (string?)null), (CheckInKinds.Due, CheckInStatus.Unreachable, "http-403")],
            rows.Select(r => (r.Kind, r.Status, r.LastError)).ToList());
    }

    [Fact]
    public async Task A_server_error_is_retried_after_one_then_two_minutes_and_the_check_in_goes_once_the_channel_is_back()
    {
        await using var connector = await HttpStub.StartAsync();
        connector.Respond = (_, before) => before < 2 ? (500, """{"error":{"code":"ServiceError","message":"down"}}""") : (200, """{"id":"1"}""");
        var app = StartApp();
        await ReminderSeeds.PlanAsync(app, TeamsActivity(connector.BaseAddress, "19:busy"), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));

        // 10:00 in Chicago on the due date.
        Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var sweep = app.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        var first = (await RowsAsync(app)).Single(r => r.Kind == CheckInKinds.Due);
        Assert.Equal((CheckInStatus.Pending, 1, "http-500"), (first.Status, first.Attempts, first.LastError));
        Assert.Equal(Time.GetUtcNow().UtcDateTime.AddMinutes(1), first.NextAttemptUtc);

        Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        var second = (await RowsAsync(app)).Single(r => r.Kind == CheckInKinds.Due);
        Assert.Equal((2, Time.GetUtcNow().UtcDateTime.AddMinutes(2)), (second.Attempts, second.NextAttemptUtc));

        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        var sent = (await RowsAsync(app)).Single(r => r.Kind == CheckInKinds.Due);
        Assert.Equal((CheckInStatus.Sent, 3), (sent.Status, sent.Attempts));
        // Each refused attempt was taken back, so the third began the check-in afresh: its first message, then its question.
        var calls = connector.Calls.ToList();
        Assert.Equal(3, calls.Count(c => c.Body.Contains("are due today", StringComparison.Ordinal)));
        Assert.Contains(CheckInText, calls[^1].Body, StringComparison.Ordinal);
        Assert.Equal(4, calls.Count);
    }

    [Fact]
    public async Task After_the_last_attempt_a_check_in_is_given_up_as_failed()
    {
        await using var connector = await HttpStub.StartAsync();
        connector.Respond = (_, _) => (500, "{}");
        var app = StartApp(new Dictionary<string, string?> { ["RecordsBot:Reminders:MaxAttempts"] = "2" });
        await ReminderSeeds.PlanAsync(app, TeamsActivity(connector.BaseAddress, "19:down"), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));

        Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var sweep = app.Get<CheckInSweep>();
        await sweep.RunOnceAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await sweep.RunOnceAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(1));
        await sweep.RunOnceAsync(CancellationToken.None);

        var row = (await RowsAsync(app)).Single(r => r.Kind == CheckInKinds.Due);
        Assert.Equal((CheckInStatus.Failed, 2), (row.Status, row.Attempts));
        Assert.Equal(2, connector.Calls.Count);
    }
}
