using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>An error inside a turn: the person is told plainly, only the broken topic resets, nothing personal is logged.</summary>
public sealed class TurnErrorTests : AppTest
{
    private const string Trigger = "my name is Zoë O'Brien-Núñez, born 1961-02-03";

    /// <summary>The app's dialogs plus a topic whose handler fails, opened by the phrase "break things".</summary>
    protected override RecordsBotApp CreateApp()
    {
        var dialogs = Data.CopyDialogs();
        File.WriteAllText(Path.Combine(dialogs, "broken.dialog.yaml"), """
            id: broken
            title: tracking.title
            steps:
              - id: ask
                prompt: text
                text: help.text
                into: words
              - id: boom
                handler: explode
            """);
        File.WriteAllText(Path.Combine(dialogs, "odd.dialog.yaml"), """
            id: odd
            title: tracking.title
            steps:
              - id: wander
                handler: wrong-exit
            """);
        File.AppendAllText(Path.Combine(dialogs, "phrases.en-US.yaml"), "\nbroken:\n  - break things\nodd:\n  - odd things\n");
        return new RecordsBotApp(Data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }, s =>
        {
            s.AddSingleton<IFlowHandler, ExplodingHandler>();
            s.AddSingleton<IFlowHandler, WrongExitHandler>();
        });
    }

    [Fact]
    public async Task A_failing_topic_is_reset_the_person_is_told_and_the_conversation_goes_on()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();
        var opened = await bot.SayAsync("break things");
        Assert.Equal("I need a short answer in your own words.", Assert.Single(opened).Text);

        var replies = await bot.SayAsync(Trigger);

        Assert.Equal("Sorry, something went wrong on my side. What you told me earlier is safe. Please try again, or type menu to see the topics.", Assert.Single(replies).Text);

        var state = await App.Get<IStorage>().ReadAsync([$"webchat/conversations/{bot.ConversationId}"]);
        var saved = (Newtonsoft.Json.Linq.JObject)state.Values.Single();
        Assert.True((bool)saved["profile"]!["Welcomed"]!, "what the person gave before the error is kept");
        Assert.Null(saved["dialog"]);

        var next = await bot.SayAsync("Track my requests");
        Assert.StartsWith("I can keep track of a request", next[0].Text);
        Assert.DoesNotContain(next, r => r.Text?.StartsWith("Hi, I'm RecordsBot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Logs_say_what_failed_without_the_person_s_words_or_ids()
    {
        var bot = new BotClient(App.Http(), conversationId: "conversation-of-zoe");
        await bot.JoinAsync();
        await bot.SayAsync("I am Zoë, my birthday is 1961-02-03");
        await bot.SayAsync("break things");
        await bot.SayAsync(Trigger);

        var logs = string.Join("\n", App.Logs);
        Assert.Contains("turn_failed", logs);
        Assert.Contains(typeof(ExplodingHandler.BrokenTopicException).FullName!, logs);
        foreach (var secret in new[] { "Zoë", "O'Brien", "Núñez", "1961-02-03", "birthday", "conversation-of-zoe", "user-1" })
        {
            Assert.DoesNotContain(secret, logs);
        }
    }

    [Fact]
    public async Task A_flow_that_cannot_run_as_written_is_logged_with_its_file_and_line_for_the_editor()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync("odd things");

        Assert.StartsWith("Sorry, something went wrong on my side.", replies[0].Text);
        var logs = string.Join("\n", App.Logs);
        Assert.Contains("A dialog file cannot run as written: ", logs);
        Assert.Contains("odd.dialog.yaml:4: handler 'wrong-exit' took exit 'elsewhere', which step 'wander' does not declare.", logs);
    }

    private sealed class WrongExitHandler : IFlowHandler
    {
        public string Name => "wrong-exit";

        public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("elsewhere");
    }

    private sealed class ExplodingHandler : IFlowHandler
    {
        public string Name => "explode";

        public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken) =>
            throw new BrokenTopicException("topic failed for " + context.Values["words"]);

        public sealed class BrokenTopicException(string message) : Exception(message);
    }
}
