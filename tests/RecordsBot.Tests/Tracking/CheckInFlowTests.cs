using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using RecordsBot.Privacy;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Tracking;

/// <summary>
/// The check-in conversation (track-checkin.dialog.yaml) through the real app on each channel, begun with the values the
/// reminders hand it (requestId, checkIn) by a test-only flow in a copy of dialogs/ ("check in please"): which request
/// and when, the status asked with quick replies, the request updated, the next step when late, and a request deleted
/// meanwhile.
/// </summary>
public sealed class CheckInFlowTests : AppTest
{
    private const string Starter = """
        id: checkin-starter
        title: tracking.title
        steps:
          - id: ask-id
            prompt: text
            text: help.text
            into: requestId
          - id: ask-kind
            prompt: text
            text: help.text
            into: checkIn
          - id: go
            begin: track-checkin
            with: [requestId, checkIn]
        """;

    private static readonly string[] Answers = ["I got them all", "I got some", "Not yet", "They need more time", "They said no", "Remind me later", "Stop check-ins"];

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp()
    {
        var dialogs = Data.CopyDialogs();
        File.WriteAllText(Path.Combine(dialogs, "checkin-starter.dialog.yaml"), Starter);
        File.AppendAllText(Path.Combine(dialogs, "phrases.en-US.yaml"), "\ncheckin-starter:\n  - check in please\n");
        return new RecordsBotApp(Data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("sms")]
    public async Task A_check_in_before_the_date_asks_how_it_stands_and_got_them_all_closes_the_request(string channel)
    {
        var (bot, id) = await TrackAsync(channel, "before-" + channel, "last Tuesday");

        var replies = await CheckInAsync(bot, id, "before");
        Assert.Contains("your request to", Text(replies));
        Assert.Contains("Mercy Hospital", Text(replies));
        Assert.Contains("due by December 17, 2026", Text(replies));
        AssertChoices(channel, replies[^1], Answers);

        Assert.Contains("Sorry", Text(await bot.SayAsync("purple")));
        var done = await bot.SayAsync("I got them all");

        Assert.Contains("marked your request to Mercy Hospital as received in full", Text(done));
        var request = await App.Get<ITrackedRequests>().FindAsync(new PersonRef(channel, "before-" + channel), id, default);
        Assert.Equal(RequestStatus.ReceivedInFull, request!.Details.Status);
        Assert.Contains("What would you like to do?", Text(done));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("sms")]
    public async Task Overdue_and_not_yet_offers_the_follow_up_letter_with_why_it_is_late(string channel)
    {
        var (bot, id) = await TrackAsync(channel, "overdue-" + channel, "October 1");
        var replies = await CheckInAsync(bot, id, "overdue");
        Assert.Contains("were due by October 31, 2026", Text(replies));

        var late = await bot.SayAsync("Not yet");

        Assert.Contains("If you got no written extension notice within the first 30 days, there is no extension.", Text(late));
        Assert.Contains("45 CFR 164.524(b)(2); 45 CFR 160.306", Text(late));
        Assert.Contains("Do you want to write a follow-up letter to Mercy Hospital now?", Text(late));
        var letter = await bot.SayAsync("yes");
        Assert.DoesNotContain("Sorry, something went wrong", Text(letter));
        Assert.Contains("Let's write a follow-up letter", Text(letter));
    }

    [Fact]
    public async Task Long_after_the_date_it_offers_the_OCR_complaint_with_the_180_day_window_and_its_source()
    {
        var (bot, id) = await TrackAsync("webchat", "late-person", "August 3");
        var replies = await CheckInAsync(bot, id, "late");
        Assert.Contains("It's been a while", Text(replies));

        var late = await bot.SayAsync("not yet");

        Assert.Contains("File within 180 days of when you knew, or should have known, about the problem.", Text(late));
        Assert.Contains("45 CFR 160.306(b)", Text(late));
        Assert.Contains("Do you want to write a complaint to the HHS Office for Civil Rights now?", Text(late));
        Assert.Contains("Let's draft a complaint to the HHS Office for Civil Rights", Text(await bot.SayAsync("yes")));
    }

    [Fact]
    public async Task They_extended_it_sets_the_extension_date_from_the_rules_and_later_and_stop_go_to_the_check_in_settings()
    {
        var (bot, id) = await TrackAsync("webchat", "extended-person", "last Tuesday");
        await CheckInAsync(bot, id, "due");

        var extended = await bot.SayAsync("They need more time");

        Assert.Contains("until **January 16, 2027**", Text(extended));
        var request = await App.Get<ITrackedRequests>().FindAsync(new PersonRef("webchat", "extended-person"), id, default);
        Assert.Equal((RequestStatus.Extended, new DateOnly(2027, 1, 16)), (request!.Details.Status, request.CurrentDueOn));

        await CheckInAsync(bot, id, "before");
        var later = await bot.SayAsync("Remind me later");
        Assert.DoesNotContain("Sorry, something went wrong", Text(later));
        Assert.Equal(RequestStatus.Extended, (await App.Get<ITrackedRequests>().FindAsync(new PersonRef("webchat", "extended-person"), id, default))!.Details.Status);
    }

    [Fact]
    public async Task A_request_deleted_meanwhile_gets_a_short_sentence_and_no_error()
    {
        var (bot, id) = await TrackAsync("webchat", "deleted-person", "last Tuesday");
        Assert.True(await App.Get<ITrackedRequests>().RemoveAsync(new PersonRef("webchat", "deleted-person"), id, default));

        var replies = await CheckInAsync(bot, id, "due");

        Assert.Contains("isn't tracked any more", Text(replies));
        Assert.Contains("What would you like to do?", Text(replies));
        Assert.DoesNotContain(App.Logs, l => l.Contains("turn_failed", StringComparison.Ordinal));
    }

    private async Task<(BotClient Bot, long Id)> TrackAsync(string channel, string userId, string sent)
    {
        var bot = new BotClient(App.Http(), channelId: channel, userId: userId);
        await bot.JoinAsync();
        foreach (var line in new[] { "Track my requests", "Mercy Hospital", "Ohio", "Mail", sent, "no", "Waiting for them" })
        {
            await bot.SayAsync(line);
        }

        var request = Assert.Single(await App.Get<ITrackedRequests>().ListAsync(new PersonRef(channel, userId), default));
        await bot.SayAsync("start over");
        return (bot, request.Id);
    }

    private static async Task<IReadOnlyList<Activity>> CheckInAsync(BotClient bot, long id, string kind)
    {
        await bot.SayAsync("check in please");
        await bot.SayAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await bot.SayAsync(kind);
    }

    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r =>
        r.Text ?? (r.Attachments?.FirstOrDefault()?.Content as JObject)?["text"]?.ToString() ?? string.Empty));

    private static void AssertChoices(string channel, Activity reply, string[] labels)
    {
        switch (channel)
        {
            case "sms":
                Assert.EndsWith(string.Join("\n", labels.Select((l, i) => $"Reply {i + 1} for {l}")), reply.Text);
                break;
            case "msteams":
                Assert.Equal(labels, ((JObject)reply.Attachments[0].Content)["buttons"]!.Select(b => (string)b["title"]!));
                break;
            default:
                Assert.Equal(labels, reply.SuggestedActions.Actions.Select(a => a.Title));
                break;
        }
    }
}
