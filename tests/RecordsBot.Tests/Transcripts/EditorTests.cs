using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Transcripts;

/// <summary>
/// What a content editor does, done only in a copy of dialogs/: reword a prompt, add a choice (with a new topic),
/// reorder steps, and deploy a changed flow while people are in the middle of it.
/// </summary>
public sealed class EditorTests : IDisposable
{
    private readonly TestDataFolder data = new();
    private readonly string dialogs;

    public EditorTests()
    {
        dialogs = data.CopyDialogs();
    }

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Rewording_a_prompt_in_the_strings_file_changes_what_the_bot_asks()
    {
        Edit("strings.en-US.json", "\"menu.prompt\": \"What would you like to do?\"", "\"menu.prompt\": \"How can I help you today?\"");

        using var app = Start();
        var welcome = await new BotClient(app.Http()).JoinAsync();

        Assert.Equal("How can I help you today?", welcome[^1].Text);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("sms")]
    public async Task Adding_a_choice_and_its_topic_takes_only_files_in_dialogs(string channel)
    {
        Edit("main.dialog.yaml", "      - value: tracking\n        label: menu.tracking.label\n        synonyms: menu.tracking.synonyms\n",
            "      - value: tracking\n        label: menu.tracking.label\n        synonyms: menu.tracking.synonyms\n      - value: about\n        label: about.label\n");
        Edit("main.dialog.yaml", "      tracking: tracking\n", "      tracking: tracking\n      about: about\n");
        File.AppendAllText(Path.Combine(dialogs, "main.dialog.yaml"), "  - id: about\n    begin: about-recordsbot\n    next: menu\n");
        File.WriteAllText(Path.Combine(dialogs, "about-recordsbot.dialog.yaml"), "id: about-recordsbot\ntitle: about.label\nsteps:\n  - id: who\n    say: about.who\n");
        File.WriteAllText(Path.Combine(dialogs, "about.strings.en-US.json"), """{ "about.label": "About RecordsBot", "about.who": "RecordsBot is run by a patient-advocacy team." }""");

        using var app = Start();
        var bot = new BotClient(app.Http(), channelId: channel);
        var menu = (await bot.SayAsync("hi"))[^1];
        var replies = await bot.SayAsync("8");

        switch (channel)
        {
            case "sms":
                Assert.EndsWith("Reply 8 for About RecordsBot", menu.Text);
                break;
            case "msteams":
                Assert.Equal(8, ((JObject)menu.Attachments[0].Content)["buttons"]!.Count());
                break;
            default:
                Assert.Equal("About RecordsBot", menu.SuggestedActions.Actions[7].Title);
                break;
        }

        Assert.Equal("RecordsBot is run by a patient-advocacy team.", replies[0].Text);
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Reordering_steps_changes_the_order_the_bot_speaks_in()
    {
        // Move "when did you send it" above "how did you send it": after the state, the date is asked first.
        var flow = File.ReadAllText(Path.Combine(dialogs, "track-request.dialog.yaml"));
        var method = flow[flow.IndexOf("  - id: ask-method\n", StringComparison.Ordinal)..flow.IndexOf("  - id: ask-sent\n", StringComparison.Ordinal)];
        var sent = flow[flow.IndexOf("  - id: ask-sent\n", StringComparison.Ordinal)..flow.IndexOf("  - id: ask-knows-received\n", StringComparison.Ordinal)];
        Edit("track-request.dialog.yaml", method + sent, sent + method);

        using var app = Start();
        var bot = new BotClient(app.Http());
        await bot.JoinAsync();
        var replies = await bot.SayAsync("Track my requests");
        Assert.StartsWith("I can keep track of a request", replies[0].Text);
        Assert.StartsWith("Who did you send the request to?", replies[1].Text);
        await bot.SayAsync("Mercy Hospital");
        replies = await bot.SayAsync("Ohio");

        Assert.StartsWith("When did you send it?", replies[0].Text);
        Assert.StartsWith("How did you send it?", (await bot.SayAsync("last Tuesday"))[0].Text);
    }

    [Fact]
    public async Task A_deploy_that_changed_the_flow_a_person_is_in_restarts_that_topic_and_says_so()
    {
        File.WriteAllText(Path.Combine(dialogs, "ask.dialog.yaml"), "id: ask\ntitle: tracking.title\nsteps:\n  - id: first\n    prompt: state\n    text: help.state\n    into: state\n  - id: second\n    prompt: date\n    text: help.date\n    into: day\n");
        File.AppendAllText(Path.Combine(dialogs, "phrases.en-US.yaml"), "\nask:\n  - ask me things\n");
        var bot = "conversation-mid-topic";
        using (var before = Start())
        {
            var client = new BotClient(before.Http(), conversationId: bot);
            await client.JoinAsync();
            await client.SayAsync("ask me things");
            Assert.Equal("I need a date. You can write it like March 3, 3/3/2026, yesterday, or last Tuesday.", (await client.SayAsync("Ohio"))[0].Text);
        }

        // The editor changes the question the person is answering (only past dates now) and deploys.
        Edit("ask.dialog.yaml", "    text: help.date\n", "    text: help.date\n    range: past\n");
        using var after = Start();
        var replies = await new BotClient(after.Http(), conversationId: bot).SayAsync("yesterday");

        Assert.Equal("I was updated since we last talked, so let's start “Track my requests” again.", replies[0].Text);
        Assert.Equal("I need a US state: its name or its two-letter code, like Ohio or OH.", replies[1].Text);
        Assert.Equal(2, replies.Count);
        Assert.DoesNotContain(after.Logs, l => l.Contains("turn_failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deploy_that_changed_other_steps_of_a_flow_lets_people_go_on_where_they_are()
    {
        var conversation = "conversation-in-a-topic";
        using (var before = Start())
        {
            var client = new BotClient(before.Http(), conversationId: conversation);
            await client.JoinAsync();
            await client.SayAsync("delete my data");
        }

        // The editor adds a menu choice: main.dialog.yaml changes under everyone's conversation, the topic they are in
        // (here "delete my data", opened on top of the menu) does not, so they go on, and the menu is the new one.
        Edit("main.dialog.yaml", "      - value: tracking\n", "      - value: about\n        label: menu.rights.label\n      - value: tracking\n");
        Edit("strings.en-US.json", "\"confirm.no.label\": \"No\"", "\"confirm.no.label\": \"No, keep it\"");
        using var after = Start();
        var replies = await new BotClient(after.Http(), conversationId: conversation).SayAsync("no");

        Assert.Equal("OK, I kept everything as it was.", replies[0].Text);
        Assert.Equal("What would you like to do?", replies[1].Text);
        Assert.Equal(8, replies[1].SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task A_new_menu_choice_reaching_someone_at_the_menu_says_the_topics_changed_and_does_not_guess()
    {
        var conversation = "conversation-at-the-menu";
        using (var before = Start())
        {
            await new BotClient(before.Http(), conversationId: conversation).JoinAsync();
        }

        // A new first choice: the "2" the person typed against the old menu would now mean something else.
        Edit("main.dialog.yaml", "      - value: rights\n", "      - value: about\n        label: menu.tracking.label\n      - value: rights\n");
        using var after = Start();
        var replies = await new BotClient(after.Http(), conversationId: conversation).SayAsync("2");

        Assert.Equal("The topics changed since we last talked, so your last message may not mean what it did. Here they are again.", replies[0].Text);
        Assert.Equal("What would you like to do?", replies[1].Text);
        Assert.Equal(8, replies[1].SuggestedActions.Actions.Count);
        Assert.Equal(2, replies.Count);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(dialogs, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private RecordsBotApp Start() => new(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs });
}
