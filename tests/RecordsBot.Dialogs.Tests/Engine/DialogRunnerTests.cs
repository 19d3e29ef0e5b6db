using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Engine;

/// <summary><see cref="DialogRunner"/>: the root is always there, whatever happened to the stack.</summary>
public sealed class DialogRunnerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly PromptOptions Menu = new()
    {
        TextKey = "menu.q",
        Choices =
        [
            new ChoiceDefinition { Value = "apples", LabelKey = "apples.label" },
            new ChoiceDefinition { Value = "pears", LabelKey = "pears.label" },
        ],
    };

    private readonly ScriptedDialog topic = new("topic")
    {
        Title = "topic.title",
        OnBegin = (dc, _) => dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "topic.q" }, None),
        OnResume = async (dc, result) =>
        {
            if (result.Outcome == DialogOutcome.Restarted)
            {
                return await dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "topic.q" }, None);
            }

            await dc.SayAsync("topic.thanks", null, None);
            return await dc.EndDialogAsync(result.Value, None);
        },
    };

    private Conversation Create()
    {
        // The root asks for a fruit, says which was picked and ends; the runner then begins it again.
        var root = new ScriptedDialog("root")
        {
            OnBegin = (dc, _) => dc.PromptAsync("prompt.choice", Menu, None),
            OnResume = async (dc, result) =>
            {
                if (result.Outcome != DialogOutcome.Completed)
                {
                    return await dc.PromptAsync("prompt.choice", Menu, None);
                }

                await dc.SayAsync("picked", new Dictionary<string, string> { ["fruit"] = result.Value! }, None);
                return await dc.EndDialogAsync(result.Value, None);
            },
        };
        var cancels = new ScriptedDialog("cancels") { OnBegin = (dc, _) => dc.CancelAllDialogsAsync(None) };
        var texts = EngineTexts.Catalog(
            ("menu.q", "Which fruit?"),
            ("apples.label", "Apples"),
            ("pears.label", "Pears"),
            ("picked", "You picked {fruit}."),
            ("topic.title", "the topic"),
            ("topic.q", "Topic question?"),
            ("topic.thanks", "Thanks."));
        return new Conversation(TestEnvironment.Prompts(root, topic, cancels), TestEnvironment.Create(texts));
    }

    [Fact]
    public async Task The_first_message_on_an_empty_stack_begins_the_root()
    {
        var conversation = Create();

        var replies = await conversation.SendAsync("hello");

        Assert.Equal(["Which fruit?"], Replies.Texts(replies));
        Assert.Equal(["Apples", "Pears"], Replies.Suggestions(replies[0]));
        Assert.Equal(DialogTurnStatus.Waiting, conversation.LastResult!.Status);
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
        Assert.Equal(0, conversation.Stack.Frames[1].Prompt!.FailedAttempts);
    }

    [Fact]
    public async Task A_first_message_that_answers_the_roots_question_is_taken_as_the_answer()
    {
        var conversation = Create();

        Assert.Equal(["You picked pears.", "Which fruit?"], await conversation.SayAsync("pears"));
    }

    [Fact]
    public async Task When_the_root_completes_it_begins_again()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");

        Assert.Equal(["You picked apples.", "Which fruit?"], await conversation.SayAsync("1"));
        Assert.Equal(DialogTurnStatus.Waiting, conversation.LastResult!.Status);
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task After_a_cancel_the_root_begins_again()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");
        await conversation.RunAsync((turn, stack) => conversation.Runner.InterruptAsync(turn, stack, "topic", None));

        var restarted = await conversation.RunAsync((turn, stack) => conversation.Runner.RestartAsync(turn, stack, None));

        Assert.Equal(["Which fruit?"], Replies.Texts(restarted));
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);

        var cancelled = await conversation.RunAsync((turn, stack) => conversation.Runner.InterruptAsync(turn, stack, "cancels", None));

        Assert.Equal(["Which fruit?"], Replies.Texts(cancelled));
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task An_interruption_runs_on_top_and_the_question_below_is_asked_again_when_it_ends()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");

        var interrupted = await conversation.RunAsync((turn, stack) => conversation.Runner.InterruptAsync(turn, stack, "topic", None));

        Assert.Equal(["Topic question?"], Replies.Texts(interrupted));
        Assert.Equal(["root", "prompt.choice", "topic", "prompt.text"], conversation.Frames);
        Assert.Equal(["Thanks.", "Which fruit?"], await conversation.SayAsync("anything"));
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task In_topic_is_true_only_with_a_dialog_above_the_root_other_than_its_question()
    {
        var conversation = Create();
        Assert.False(conversation.Runner.InTopic(conversation.Stack));

        await conversation.SendAsync("hello");
        Assert.False(conversation.Runner.InTopic(conversation.Stack));

        await conversation.RunAsync((turn, stack) => conversation.Runner.InterruptAsync(turn, stack, "topic", None));
        Assert.True(conversation.Runner.InTopic(conversation.Stack));
    }

    [Fact]
    public async Task Reprompt_asks_the_active_question_again_or_begins_the_root()
    {
        var conversation = Create();

        var first = await conversation.RunAsync((turn, stack) => conversation.Runner.RepromptAsync(turn, stack, None));
        Assert.Equal(["Which fruit?"], Replies.Texts(first));
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);

        var again = await conversation.RunAsync((turn, stack) => conversation.Runner.RepromptAsync(turn, stack, None));
        Assert.Equal(["Which fruit?"], Replies.Texts(again));
        Assert.Equal(DialogTurnStatus.Waiting, conversation.LastResult!.Status);
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task Active_help_key_follows_the_active_prompt()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");
        var help = new List<string?>();

        await conversation.RunAsync((turn, stack) =>
        {
            help.Add(conversation.Runner.ActiveHelpKey(turn, stack));
            return Task.FromResult(DialogTurnResult.Waiting);
        });

        Assert.Equal(["help.choice"], help);
    }

    [Fact]
    public async Task A_changed_topic_is_begun_again_in_place_and_the_person_told_with_its_title()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");
        await conversation.RunAsync((turn, stack) => conversation.Runner.InterruptAsync(turn, stack, "topic", None));
        topic.VersionText = "2";

        var replies = await conversation.SayAsync("an answer to the old question");

        // The message answered the old question: it is not taken as an answer to the new one.
        Assert.Equal(["Updated: let's start the topic again.", "Topic question?"], replies);
        Assert.Equal(["root", "prompt.choice", "topic", "prompt.text"], conversation.Frames);
        Assert.Equal("2", conversation.Stack.Frames[2].Version);
    }

    [Fact]
    public async Task A_stored_root_of_a_dialog_that_is_gone_is_replaced_by_the_root()
    {
        var conversation = Create();
        conversation.StackJson = Conversation.Write(new DialogStack { Frames = [new DialogInstance { Id = "old-root", Version = "1" }] });

        var replies = await conversation.SayAsync("pears");

        // The message answered a question that no longer exists: nothing is guessed from it.
        Assert.Equal(["Updated: that topic changed.", "Which fruit?"], replies);
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task A_topic_above_the_roots_question_that_is_gone_hands_back_and_the_question_is_asked_again()
    {
        var conversation = Create();
        await conversation.SendAsync("hello");
        var stack = conversation.Stack;
        stack.Frames.Add(new DialogInstance { Id = "removed-topic", Version = "1" });
        conversation.StackJson = Conversation.Write(stack);

        var replies = await conversation.SayAsync("pears");

        Assert.Equal(["Updated: that topic changed.", "Which fruit?"], replies);
        Assert.Equal(["root", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task A_root_that_ends_at_once_is_an_error()
    {
        var root = new ScriptedDialog("root") { OnBegin = (dc, _) => dc.EndDialogAsync((string?)null, None) };
        var conversation = new Conversation(TestEnvironment.Prompts(root), TestEnvironment.Create());

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.SendAsync("hi"));

        Assert.Equal("The root dialog 'root' must wait for the person, and it ended at once.", error.Message);
    }
}
