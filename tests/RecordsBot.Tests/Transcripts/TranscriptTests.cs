using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Transcripts;

/// <summary>
/// Replays every conversation in <c>Transcripts/conversations/</c> on each of its channels through the real HTTP
/// endpoint, checks every reply, and checks what each channel must never get (SMS: markdown, cards, buttons or
/// messages over the length limit). Writes what was said to artifacts/transcripts/{name}.{channel}.txt.
/// </summary>
public sealed partial class TranscriptTests(TranscriptApp fixture) : IClassFixture<TranscriptApp>
{
    private const int SmsMaxLength = 306;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.transcript.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var channel in Transcript.Load(file).Channels)
            {
                cases.Add(Path.GetFileName(file), channel);
            }
        }

        return cases;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Transcripts", "conversations");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Replays(string file, string channel)
    {
        var transcript = Transcript.Load(Path.Combine(Folder, file));
        var log = new StringBuilder().AppendLine($"# {transcript.Title} ({channel})");

        try
        {
            await ReplayAsync(file, channel, transcript, fixture.App.Http(), log);
        }
        finally
        {
            // What was said, also when a reply differed: the first place to look when a transcript fails.
            var name = file.Replace(".transcript.yaml", string.Empty, StringComparison.Ordinal);
            await File.WriteAllTextAsync(RepoPaths.Artifact(Path.Combine("transcripts", $"{name}.{channel}.txt")), log.ToString());
        }
    }

    private static async Task ReplayAsync(string file, string channel, Transcript transcript, HttpClient http, StringBuilder log)
    {
        // Each transcript is its own person (all share one app and what it saves per person), the same one in every
        // conversation it has.
        var userId = $"user-{file.Replace(".transcript.yaml", string.Empty, StringComparison.Ordinal)}-{channel}";
        var bot = new BotClient(http, channelId: channel, userId: userId);
        for (var t = 0; t < transcript.Turns.Count; t++)
        {
            var turn = transcript.Turns[t];
            if (turn.NewConversation)
            {
                log.AppendLine("(a new conversation, the same person)");
                bot = new BotClient(http, channelId: channel, userId: userId);
            }

            IReadOnlyList<Activity> replies;
            if (turn.Join)
            {
                log.AppendLine("(joins the conversation)");
                replies = await bot.JoinAsync();
            }
            else
            {
                log.AppendLine("> " + turn.User);
                replies = await bot.SendAsync(new Activity(ActivityTypes.Message) { Text = turn.User, LocalTimezone = transcript.Timezone });
            }

            foreach (var reply in replies)
            {
                log.AppendLine(Render(reply));
            }

            var where = $"{file} turn {t + 1} ({(turn.Join ? "join" : turn.User)}) on {channel}";
            if (turn.Says is { } says)
            {
                CheckSays(says, turn.Then, replies, channel, where);
                continue;
            }

            var expected = channel == "sms" && turn.SmsReplies is not null ? turn.SmsReplies : turn.Replies;
            Assert.True(expected.Count == replies.Count, $"{where}: expected {expected.Count} replies, got {replies.Count}:\n{string.Join("\n", replies.Select(Render))}");
            for (var i = 0; i < replies.Count; i++)
            {
                Check(expected[i], replies[i], channel, $"{where}, reply {i + 1}");
            }
        }
    }

    private static void CheckSays(List<string> says, ExpectedReply? then, IReadOnlyList<Activity> replies, string channel, string where)
    {
        Assert.True(replies.Count > 0, $"{where}: expected replies, got none");
        var all = Flat(string.Join(" ", replies.Select(DisplayText)));
        var at = 0;
        foreach (var part in says)
        {
            var found = all.IndexOf(Flat(part), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{where}: expected, after what came before it,\n  {part}\nin\n{string.Join("\n", replies.Select(Render))}");
            at = found + Flat(part).Length;
        }

        for (var i = 0; i < replies.Count; i++)
        {
            var last = i == replies.Count - 1;
            Check(last && then is not null ? then : new ExpectedReply(), replies[i], channel, $"{where}, reply {i + 1}");
        }
    }

    /// <summary>Text as read: markdown emphasis and line breaks do not matter to a <c>says</c> check.</summary>
    private static string Flat(string text) => string.Join(' ', text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("_Source:", "Source:", StringComparison.Ordinal)
        .Replace("_", string.Empty, StringComparison.Ordinal).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static void Check(ExpectedReply expected, Activity reply, string channel, string where)
    {
        var text = DisplayText(reply);
        if (expected.TextOn(channel) is { } part)
        {
            Assert.True(text.Contains(part, StringComparison.Ordinal), $"{where}: expected the text to contain\n  {part}\nbut it was\n  {text}");
        }

        var labels = expected.Choices;
        if (expected.Download)
        {
            CheckDownload(reply, channel, text, where);
            return;
        }

        switch (channel)
        {
            case "sms":
                Assert.True(reply.Attachments is null or { Count: 0 }, $"{where}: an SMS carries no attachments or cards");
                Assert.Null(reply.SuggestedActions);
                Assert.False(Markdown().IsMatch(text), $"{where}: markdown on SMS: {text}");
                Assert.True(text.Length <= SmsMaxLength, $"{where}: {text.Length} characters is over the SMS limit");
                if (labels is not null)
                {
                    var lines = labels.Select((label, n) => $"Reply {n + 1} for {label}").ToList();
                    Assert.True(text.EndsWith(string.Join("\n", lines), StringComparison.Ordinal), $"{where}: expected the numbered choices\n{string.Join("\n", lines)}\nat the end of\n{text}");
                }

                break;
            case "msteams":
                if (labels is not null)
                {
                    var attachment = Assert.Single(reply.Attachments);
                    Assert.Equal(HeroCard.ContentType, attachment.ContentType);
                    var buttons = ((JObject)attachment.Content)["buttons"]!.Select(b => (string)b["title"]!).ToList();
                    Assert.Equal(labels, buttons);
                    Assert.All(((JObject)attachment.Content)["buttons"]!, b => Assert.Equal(ActionTypes.ImBack, (string)b["type"]!));
                }
                else
                {
                    Assert.True(reply.Attachments is null or { Count: 0 }, $"{where}: unexpected attachment");
                }

                break;
            default:
                Assert.True(reply.Attachments is null or { Count: 0 }, $"{where}: Web Chat gets choices as suggested actions, not cards");
                if (labels is not null)
                {
                    Assert.Equal(labels, reply.SuggestedActions?.Actions.Select(a => a.Title).ToList());
                }
                else
                {
                    Assert.True(reply.SuggestedActions is null, $"{where}: unexpected suggested actions");
                }

                break;
        }
    }

    /// <summary>A file to download: a PDF attachment on Web Chat, a card with a link button on Teams, a link on SMS.</summary>
    private static void CheckDownload(Activity reply, string channel, string text, string where)
    {
        switch (channel)
        {
            case "sms":
                Assert.True(reply.Attachments is null or { Count: 0 }, $"{where}: an SMS carries no attachments");
                Assert.False(Markdown().IsMatch(text), $"{where}: markdown on SMS: {text}");
                Assert.True(text.Length <= SmsMaxLength, $"{where}: {text.Length} characters is over the SMS limit");
                Assert.Matches(@"http://127\.0\.0\.1:\d+/\S+", text);
                break;
            case "msteams":
                var card = Assert.Single(reply.Attachments);
                Assert.Equal(HeroCard.ContentType, card.ContentType);
                var button = Assert.Single(((JObject)card.Content)["buttons"]!);
                Assert.Equal(ActionTypes.OpenUrl, (string)button["type"]!);
                Assert.StartsWith("http://127.0.0.1:", (string)button["value"]!, StringComparison.Ordinal);
                break;
            default:
                var file = Assert.Single(reply.Attachments);
                Assert.Equal("application/pdf", file.ContentType);
                Assert.StartsWith("http://127.0.0.1:", file.ContentUrl, StringComparison.Ordinal);
                Assert.EndsWith(".pdf", file.Name, StringComparison.Ordinal);
                Assert.Contains(file.ContentUrl, text, StringComparison.Ordinal);
                Assert.Null(reply.SuggestedActions);
                break;
        }
    }

    /// <summary>The text a person reads: the message text, or on Teams the card's text.</summary>
    private static string DisplayText(Activity reply) =>
        reply.Text ?? (reply.Attachments?.FirstOrDefault()?.Content as JObject)?["text"]?.ToString() ?? string.Empty;

    private static string Render(Activity reply)
    {
        var text = "< " + DisplayText(reply).Replace("\n", "\n  ", StringComparison.Ordinal);
        var buttons = reply.SuggestedActions?.Actions.Select(a => a.Title)
            ?? (reply.Attachments?.FirstOrDefault()?.Content as JObject)?["buttons"]?.Select(b => (string)b["title"]!);
        return buttons is null ? text : $"{text}\n  [{string.Join("] [", buttons)}]";
    }

    [GeneratedRegex(@"\*\*|__|\]\(|^#|`", RegexOptions.Multiline)]
    private static partial Regex Markdown();
}
