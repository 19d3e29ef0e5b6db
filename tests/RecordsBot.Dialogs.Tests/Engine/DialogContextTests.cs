using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Engine;

/// <summary>The stack operations of <see cref="DialogContext"/>, each turn on a stack read back from JSON.</summary>
public sealed class DialogContextTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>"parent" begins "child"; "child" asks and ends with the reply; "parent" keeps it and ends with it.</summary>
    private static Conversation ParentAndChild(List<DialogResult>? resumedWith = null)
    {
        var child = new ScriptedDialog("child")
        {
            OnBegin = (dc, _) => ScriptedDialog.SayAndWait(dc, "child.ask"),
            OnContinue = dc => dc.EndDialogAsync("child got " + dc.Context.Activity.Text, None),
        };
        var parent = new ScriptedDialog("parent")
        {
            OnBegin = (dc, _) => dc.BeginDialogAsync("child", null, None),
            OnResume = async (dc, result) =>
            {
                resumedWith?.Add(result);
                dc.ActiveDialog!.Values["answer"] = result.Value!;
                await dc.SayAsync("parent.resumed", dc.ActiveDialog.Values, None);
                return await dc.EndDialogAsync("parent ends with " + result.Value, None);
            },
        };
        var other = new ScriptedDialog("other")
        {
            OnBegin = (dc, _) => ScriptedDialog.SayAndWait(dc, "other.ask"),
            OnContinue = dc => dc.EndDialogAsync("other got " + dc.Context.Activity.Text, None),
        };
        var texts = EngineTexts.Catalog(("child.ask", "Child asks."), ("other.ask", "Other asks."), ("parent.resumed", "Parent has {answer}."));
        return new Conversation(TestEnvironment.Prompts(parent, child, other), TestEnvironment.Create(texts));
    }

    [Fact]
    public async Task Begin_continue_end_and_resume_hand_the_childs_result_to_the_parent()
    {
        var resumed = new List<DialogResult>();
        var conversation = ParentAndChild(resumed);

        var first = await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None));

        Assert.Equal(DialogTurnStatus.Waiting, conversation.LastResult!.Status);
        Assert.Equal(["Child asks."], Replies.Texts(first));
        Assert.Equal(["parent", "child"], conversation.Frames);
        Assert.All(conversation.Stack.Frames, f => Assert.Equal("1", f.Version));

        var second = await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "blue");

        Assert.Equal([DialogResult.Completed("child got blue")], resumed);
        Assert.Equal(["Parent has child got blue."], Replies.Texts(second));
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "parent ends with child got blue"), conversation.LastResult);
        Assert.Empty(conversation.Frames);
    }

    [Fact]
    public async Task Ending_the_root_dialog_completes_the_stack_with_its_value()
    {
        var root = new ScriptedDialog("root") { OnBegin = (dc, _) => dc.EndDialogAsync("done", None) };
        var conversation = new Conversation(TestEnvironment.Prompts(root), TestEnvironment.Create());

        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("root", null, None));

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), conversation.LastResult);
        Assert.Empty(conversation.Frames);
    }

    [Fact]
    public async Task A_dialog_that_does_not_handle_continue_ends_with_no_value()
    {
        var root = new ScriptedDialog("root");
        var conversation = new Conversation(TestEnvironment.Prompts(root), TestEnvironment.Create());
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("root", null, None));

        await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "hi");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete), conversation.LastResult);
    }

    [Fact]
    public async Task Continue_and_end_on_an_empty_stack()
    {
        var conversation = ParentAndChild();

        await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "hi");
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Empty), conversation.LastResult);

        await conversation.WithContextAsync(dc => dc.EndDialogAsync("x", None));
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "x"), conversation.LastResult);
    }

    [Fact]
    public async Task Replace_puts_another_dialog_in_place_of_the_active_one_and_its_result_goes_to_the_parent()
    {
        var resumed = new List<DialogResult>();
        var conversation = ParentAndChild(resumed);
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None));

        var replaced = await conversation.WithContextAsync(dc => dc.ReplaceDialogAsync("other", null, None));

        Assert.Equal(["Other asks."], Replies.Texts(replaced));
        Assert.Equal(["parent", "other"], conversation.Frames);
        Assert.Empty(resumed);

        await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "red");

        Assert.Equal([DialogResult.Completed("other got red")], resumed);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "parent ends with other got red"), conversation.LastResult);
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_says_whether_there_was_anything()
    {
        var conversation = ParentAndChild();
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None));

        var said = await conversation.WithContextAsync(dc => dc.CancelAllDialogsAsync(None));

        Assert.Empty(said);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Cancelled), conversation.LastResult);
        Assert.Empty(conversation.Frames);

        await conversation.WithContextAsync(dc => dc.CancelAllDialogsAsync(None));
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Empty), conversation.LastResult);
    }

    [Fact]
    public async Task Reprompt_asks_the_active_dialog_again_and_does_nothing_on_an_empty_stack()
    {
        var conversation = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create(EngineTexts.Catalog(("q", "What is your name?"))));
        await conversation.WithContextAsync(dc => dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "q" }, None));

        var again = await conversation.WithContextAsync(async dc =>
        {
            await dc.RepromptDialogAsync(None);
            return DialogTurnResult.Waiting;
        });

        Assert.Equal(["What is your name?"], Replies.Texts(again));
        Assert.Equal(["prompt.text"], conversation.Frames);

        var empty = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create());
        Assert.Empty(await empty.WithContextAsync(async dc =>
        {
            await dc.RepromptDialogAsync(None);
            return DialogTurnResult.Waiting;
        }));
    }

    [Fact]
    public async Task Pending_input_answers_the_first_prompt_without_asking_and_is_taken_once()
    {
        var texts = EngineTexts.Catalog(("name.q", "Your name?"), ("city.q", "Your city?"));
        var root = new ScriptedDialog("root")
        {
            OnBegin = (dc, _) => dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "name.q" }, None),
            OnResume = (dc, result) =>
            {
                dc.ActiveDialog!.Values[dc.ActiveDialog.Values.ContainsKey("name") ? "city" : "name"] = result.Value!;
                return dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "city.q" }, None);
            },
        };
        var conversation = new Conversation(TestEnvironment.Prompts(root), TestEnvironment.Create(texts));

        var replies = await conversation.WithContextAsync(
            async dc =>
            {
                dc.PendingInput = "Ada";
                var result = await dc.BeginDialogAsync("root", null, None);
                Assert.Null(dc.PendingInput);
                return result;
            });

        Assert.Equal(["Your city?"], Replies.Texts(replies));
        var frames = conversation.Stack.Frames;
        Assert.Equal("Ada", frames[0].Values["name"]);
        Assert.Equal(["root", "prompt.text"], frames.Select(f => f.Id));
        Assert.Equal("city.q", frames[1].Prompt!.Options.TextKey);
    }

    [Fact]
    public async Task Pending_input_that_is_no_answer_is_dropped_and_the_question_asked()
    {
        var texts = EngineTexts.Catalog(("n.q", "How many?"));
        var conversation = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create(texts));

        var replies = await conversation.WithContextAsync(dc =>
        {
            dc.PendingInput = "hello there";
            return dc.PromptAsync("prompt.number", new PromptOptions { TextKey = "n.q" }, None);
        });

        Assert.Equal(["How many?"], Replies.Texts(replies));
        Assert.Equal(0, conversation.Stack.Frames[0].Prompt!.FailedAttempts);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws_a_clear_error()
    {
        var conversation = ParentAndChild();

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.WithContextAsync(dc => dc.BeginDialogAsync("nope", null, None)));

        Assert.Equal("No dialog 'nope' is registered.", error.Message);
    }

    [Fact]
    public async Task Continuing_a_stored_frame_of_an_unknown_dialog_throws_a_clear_error()
    {
        var conversation = ParentAndChild();
        conversation.StackJson = Conversation.Write(new DialogStack { Frames = [new DialogInstance { Id = "gone", Version = "1" }] });

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "hi"));

        Assert.Equal("The stack holds dialog 'gone', which is not registered.", error.Message);
    }

    [Fact]
    public void A_dialog_set_refuses_two_dialogs_with_one_id()
    {
        var set = new DialogSet().Add(new ScriptedDialog("a"));

        var error = Assert.Throws<InvalidOperationException>(() => set.Add(new ScriptedDialog("a")));

        Assert.Equal("A dialog with id 'a' is already in the set.", error.Message);
    }

    [Fact]
    public async Task Active_help_key_is_the_prompts_own_or_its_kinds_and_null_when_nothing_is_active()
    {
        var texts = EngineTexts.Catalog(("q", "Q?"), ("my.help", "Help!"));
        var conversation = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create(texts));
        string? help = "unset";
        await conversation.WithContextAsync(dc =>
        {
            help = dc.ActiveHelpKey();
            return Task.FromResult(DialogTurnResult.Waiting);
        });
        Assert.Null(help);

        await conversation.WithContextAsync(dc => dc.PromptAsync("prompt.email", new PromptOptions { TextKey = "q" }, None));
        await conversation.WithContextAsync(dc =>
        {
            help = dc.ActiveHelpKey();
            return Task.FromResult(DialogTurnResult.Waiting);
        });
        Assert.Equal("help.email", help);

        var own = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create(texts));
        await own.WithContextAsync(dc => dc.PromptAsync("prompt.email", new PromptOptions { TextKey = "q", HelpKey = "my.help" }, None));
        await own.WithContextAsync(dc =>
        {
            help = dc.ActiveHelpKey();
            return Task.FromResult(DialogTurnResult.Waiting);
        });
        Assert.Equal("my.help", help);
    }

    [Fact]
    public async Task A_dialog_that_begins_itself_without_end_stops_at_the_depth_limit_with_a_clear_error()
    {
        var loop = new ScriptedDialog("loop") { OnBegin = (dc, _) => dc.BeginDialogAsync("loop", null, None) };
        var conversation = new Conversation(TestEnvironment.Prompts(loop), TestEnvironment.Create(EngineTexts.Catalog()));

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.WithContextAsync(dc => dc.BeginDialogAsync("loop", null, None)));

        Assert.Contains($"more than {DialogContext.MaxDepth} dialogs", error.Message);
    }
}
