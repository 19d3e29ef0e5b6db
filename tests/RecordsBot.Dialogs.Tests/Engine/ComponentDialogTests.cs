using Newtonsoft.Json.Linq;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Engine;

public sealed class ComponentDialogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly List<DialogResult> parentGot = [];
    private readonly ScriptedDialog steps;
    private readonly ComponentDialog component;
    private readonly Conversation conversation;

    public ComponentDialogTests()
    {
        // Inside the component: ask a name, then a city, and end with both.
        steps = new ScriptedDialog("address")
        {
            OnBegin = (dc, _) => dc.PromptAsync("prompt.text", new PromptOptions { TextKey = "name.q" }, None),
            OnResume = (dc, result) =>
            {
                var values = dc.ActiveDialog!.Values;
                if (!values.ContainsKey("name"))
                {
                    values["name"] = result.Value!;
                    return dc.PromptAsync("prompt.state", new PromptOptions { TextKey = "state.q" }, None);
                }

                return dc.EndDialogAsync(values["name"] + " in " + result.Value, None);
            },
        };
        component = new ComponentDialog("component", "address").AddDialog(steps);
        var parent = new ScriptedDialog("parent")
        {
            OnBegin = (dc, _) => dc.BeginDialogAsync("component", null, None),
            OnResume = (dc, result) =>
            {
                parentGot.Add(result);
                return Task.FromResult(DialogTurnResult.Waiting);
            },
        };
        var texts = EngineTexts.Catalog(("name.q", "Your name?"), ("state.q", "Your state?"));
        conversation = new Conversation(TestEnvironment.Prompts(parent, component), TestEnvironment.Create(texts));
    }

    [Fact]
    public async Task Its_inner_stack_survives_a_json_round_trip_and_it_ends_with_the_inner_result()
    {
        Assert.Equal(["Your name?"], Replies.Texts(await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None))));

        Assert.Equal(["parent", "component"], conversation.Frames);
        var inner = conversation.Stack.Frames[1].Inner!;
        Assert.Equal(["address", "prompt.text"], inner.Select(f => f.Id));
        Assert.Equal("name.q", inner[1].Prompt!.Options.TextKey);
        var stored = JObject.Parse(conversation.StackJson);
        Assert.Equal("prompt.text", (string?)stored.SelectToken("Frames[1].Inner[1].Id"));

        Assert.Equal(["Your state?"], Replies.Texts(await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "Ada")));
        Assert.Equal("Ada", conversation.Stack.Frames[1].Inner![0].Values["name"]);

        await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "ohio");

        Assert.Equal([DialogResult.Completed("Ada in OH")], parentGot);
        Assert.Equal(["parent"], conversation.Frames);
    }

    [Fact]
    public async Task Help_and_reprompt_reach_the_inner_prompt()
    {
        // The prompts are in the component's own set here.
        var withPrompts = new ComponentDialog("component", "address").AddDialog(steps).AddDialog(new TextPrompt()).AddDialog(new StatePrompt());
        var conversation = new Conversation(new DialogSet().Add(withPrompts), TestEnvironment.Create(EngineTexts.Catalog(("name.q", "Your name?"), ("state.q", "Your state?"))));
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("component", null, None));
        string? help = null;

        var again = await conversation.WithContextAsync(async dc =>
        {
            help = dc.ActiveHelpKey();
            await dc.RepromptDialogAsync(None);
            return DialogTurnResult.Waiting;
        });

        Assert.Equal("help.text", help);
        Assert.Equal(["Your name?"], Replies.Texts(again));
    }

    [Fact]
    public async Task Help_reaches_an_inner_prompt_found_in_the_outer_set()
    {
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None));
        string? help = null;

        await conversation.WithContextAsync(dc =>
        {
            help = dc.ActiveHelpKey();
            return Task.FromResult(DialogTurnResult.Waiting);
        });

        Assert.Equal("help.text", help);
    }

    [Fact]
    public void Its_version_changes_when_an_inner_dialogs_version_changes()
    {
        var before = component.Version;
        Assert.Equal(before, new ComponentDialog("other-id", "address").AddDialog(new ScriptedDialog("address")).Version);

        steps.VersionText = "2";

        Assert.NotEqual(before, component.Version);
    }

    [Fact]
    public async Task A_changed_inner_dialog_restarts_the_whole_component_in_place()
    {
        await conversation.WithContextAsync(dc => dc.BeginDialogAsync("parent", null, None));
        await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(None), "Ada");
        steps.VersionText = "2";

        var replies = await conversation.RunAsync((turn, stack) => conversation.Runner.RepromptAsync(turn, stack, None));

        // A component has no title, so the notice is the untitled one.
        Assert.Equal(["[dialog.restartedUntitled]", "Your name?"], Replies.Texts(replies));
        Assert.Empty(parentGot);
        Assert.Equal(["parent", "component"], conversation.Frames);
        Assert.Equal(["address", "prompt.text"], conversation.Stack.Frames[1].Inner!.Select(f => f.Id));
        Assert.Empty(conversation.Stack.Frames[1].Inner![0].Values);
    }
}
