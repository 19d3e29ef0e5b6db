using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Bot;
using RecordsBot.Dialogs;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>The opt-in question the tracking conversation asks after the first tracked request (flow reminders, entry
/// opt-in): no pauses every check-in; yes keeps them and, where texts are set up, offers them.</summary>
public sealed class OptInTests : ReminderAppTest
{
    /// <summary>Begins the reminders flow with entry opt-in in the conversation, as a begin step of another flow would.</summary>
    private static Task AskOptInAsync(RecordsBotApp app, DirectLineTestClient.Session session)
    {
        var reference = ReminderSeeds.WebChatActivity(app, session).GetConversationReference();
        return app.Get<RecordsBotAdapter>().ContinueConversationAsync(string.Empty, reference, async (turn, ct) =>
        {
            var state = app.Get<BotStateAccessors>();
            var runner = app.Get<DialogRunner>();
            var dc = runner.CreateContext(turn, await state.StackAsync(turn, ct));
            await dc.BeginDialogAsync(FlowIds.Reminders, new DialogArgs(new Dictionary<string, string> { ["entry"] = "opt-in" }), ct);
            await state.ConversationState.SaveChangesAsync(turn, false, ct);
        }, CancellationToken.None);
    }

    private static async Task<List<string>> BotTextsAsync(DirectLineTestClient client, DirectLineTestClient.Session session)
    {
        var (activities, _) = await client.GetActivitiesAsync(session);
        return activities.Where(a => (string?)a["from"]?["role"] == "bot").Select(a => (string)a["text"]!).ToList();
    }

    [Fact]
    public async Task No_turns_check_ins_off_and_nothing_stays_pending()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await AskOptInAsync(app, session);
        Assert.StartsWith("Would you like me to check in with you about this request", (await BotTextsAsync(client, session))[^1], StringComparison.Ordinal);

        await client.SayAsync(session, "no", "c1");
        Assert.Contains("Check-ins are off. I won't check in about your requests. Say **reminder settings** to turn them back on.", await BotTextsAsync(client, session));
        Assert.DoesNotContain(await RowsAsync(app), r => r.Status == CheckInStatus.Pending);
    }

    [Fact]
    public async Task Yes_keeps_them_and_offers_texts_when_they_are_set_up()
    {
        var app = StartApp(new Dictionary<string, string?>
        {
            ["RecordsBot:Reminders:SmsEnabled"] = "true",
            ["RecordsBot:Reminders:Twilio:AccountSid"] = "AC00000000000000000000000000000001",
            ["RecordsBot:Reminders:Twilio:AuthToken"] = "token",
            ["RecordsBot:Reminders:Twilio:FromNumber"] = "+15550006666",
            ["RecordsBot:Reminders:Twilio:BaseUrl"] = "http://127.0.0.1:9/",
        });
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await AskOptInAsync(app, session);

        await client.SayAsync(session, "yes", "c1");
        var texts = await BotTextsAsync(client, session);
        Assert.StartsWith("Check-ins are on.", texts[^2], StringComparison.Ordinal);
        Assert.StartsWith("I can also send your check-ins as text messages", texts[^1], StringComparison.Ordinal);
        await client.SayAsync(session, "no", "c2");
        Assert.Contains("OK, no texts: check-ins stay here in the chat.", await BotTextsAsync(client, session));
        Assert.True((await PreferenceAsync(app))!.OptedIn);
        Assert.Contains(await RowsAsync(app), r => r.Status == CheckInStatus.Pending);
    }

    [Fact]
    public async Task A_reply_that_is_neither_twice_keeps_check_ins_on_and_says_how_to_stop()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await AskOptInAsync(app, session);
        await client.SayAsync(session, "purple", "c1");
        await client.SayAsync(session, "banana", "c2");
        Assert.Contains("I'll check in with you about this request. Say **stop reminders** at any time to turn check-ins off.", await BotTextsAsync(client, session));
    }
}
