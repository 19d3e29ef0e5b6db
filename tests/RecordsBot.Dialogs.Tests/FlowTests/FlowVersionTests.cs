using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.FlowTests;

/// <summary>
/// A deploy changes the dialogs folder under people in the middle of a conversation: the stored stack (JSON) is read
/// with the new flows.
/// </summary>
public sealed class FlowVersionTests : IDisposable
{
    private readonly TempDialogs dialogs = new();

    public FlowVersionTests()
    {
        dialogs.Strings(
            ("main.title", "Main menu"),
            ("menu.q", "What now?"),
            ("survey.label", "Survey"),
            ("other.label", "Other"),
            ("survey.title", "Survey"),
            ("survey.welcome", "Welcome to the survey."),
            ("first", "First?"),
            ("second", "Second?"),
            ("second2", "Second, reworded?"),
            ("done", "Done with {a} and {b}."),
            ("done2", "All done: {a}, {b}."),
            ("fees.title", "Fees"),
            ("fees.q", "Which fee?"));
        Main();
        Survey("second", "done");
    }

    public void Dispose() => dialogs.Dispose();

    private void Main(params string[] extraPhrases) => dialogs.Write(
        "main.dialog.yaml",
        "id: main",
        "title: main.title",
        "steps:",
        "  - id: menu",
        "    prompt: choice",
        "    text: menu.q",
        "    into: topic",
        "    understand: true",
        "    choices:",
        "      - value: survey",
        "        label: survey.label",
        "      - value: other",
        "        label: other.label",
        "  - id: open",
        "    branch: topic",
        "    cases:",
        "      survey: survey",
        "    else: menu",
        "  - id: survey",
        "    begin: survey",
        "    next: menu");

    private string Survey(string secondKey, string doneKey) => dialogs.Write(
        "survey.dialog.yaml",
        "id: survey",
        "title: survey.title",
        "steps:",
        "  - id: intro",
        "    say: survey.welcome",
        "  - id: q1",
        "    prompt: text",
        "    text: first",
        "    into: a",
        "  - id: q2",
        "    prompt: text",
        $"    text: {secondKey}",
        "    into: b",
        "  - id: done",
        $"    say: {doneKey}");

    private void Fees() => dialogs.Write("fees.dialog.yaml", "id: fees", "title: fees.title", "steps:", "  - id: q", "    prompt: text", "    text: fees.q");

    /// <summary>The same conversation after a deploy: the folder loaded again, the stored stack kept.</summary>
    private Conversation Redeploy(Conversation before)
    {
        var after = TempDialogs.Converse(dialogs.Load());
        after.StackJson = before.StackJson;
        return after;
    }

    private async Task<Conversation> AtSecondQuestionAsync()
    {
        var conversation = TempDialogs.Converse(dialogs.Load());
        Assert.Equal(["What now?"], await conversation.SayAsync("hi"));
        Assert.Equal(["Welcome to the survey.", "First?"], await conversation.SayAsync("survey"));
        Assert.Equal(["Second?"], await conversation.SayAsync("apples"));
        return conversation;
    }

    [Fact]
    public void Comments_layout_quoting_and_key_order_do_not_change_the_version()
    {
        var path = Survey("second", "done");
        var before = FlowLoader.Load(path, [])!;
        dialogs.Write(
            "survey.dialog.yaml",
            "# The survey, reformatted by an editor.",
            "title: 'survey.title'",
            "id: survey",
            "steps:",
            "- id: intro   # first",
            "  say: \"survey.welcome\"",
            "",
            "- {id: q1, prompt: text, text: first, into: a}",
            "- into: b",
            "  text: second",
            "  prompt: text",
            "  id: q2",
            "- id: done",
            "  say: done");
        var after = FlowLoader.Load(path, [])!;

        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Steps.Select(s => s.Version), after.Steps.Select(s => s.Version));
    }

    [Fact]
    public void A_content_change_changes_the_version_of_the_flow_and_of_that_step_only()
    {
        var path = Survey("second", "done");
        var before = FlowLoader.Load(path, [])!;
        Survey("second2", "done");
        var after = FlowLoader.Load(path, [])!;

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(["intro", "q1", "done"], before.Steps.Zip(after.Steps).Where(p => p.First.Version == p.Second.Version).Select(p => p.First.Id));
    }

    [Fact]
    public async Task When_the_question_being_answered_changed_the_person_is_told_and_the_topic_starts_again_from_its_first_step()
    {
        var conversation = await AtSecondQuestionAsync();
        Survey("second2", "done");
        var after = Redeploy(conversation);

        var replies = await after.SayAsync("pears");

        Assert.Equal(["Updated: let's start Survey again.", "Welcome to the survey.", "First?"], replies);
        Assert.Equal(["main", "survey", "prompt.text"], after.Frames);
        Assert.Empty(after.Stack.Frames[1].Values);
        Assert.Equal(["Second, reworded?"], await after.SayAsync("plums"));
        Assert.Equal(["Done with plums and cherries.", "What now?"], await after.SayAsync("cherries"));
    }

    [Fact]
    public async Task When_only_other_steps_changed_the_person_goes_on()
    {
        var conversation = await AtSecondQuestionAsync();
        Survey("second", "done2");

        var replies = await Redeploy(conversation).SayAsync("pears");

        Assert.Equal(["All done: apples, pears.", "What now?"], replies);
    }

    [Fact]
    public async Task A_stored_root_that_no_longer_exists_is_dropped_with_dialog_changed_and_the_root_begins()
    {
        var conversation = TempDialogs.Converse(dialogs.Load());
        conversation.StackJson = Conversation.Write(new DialogStack { Frames = [new DialogInstance { Id = "old-main", Version = "abc", StepId = "menu" }] });

        var replies = await conversation.SayAsync("survey");

        Assert.Equal(["Updated: that topic changed.", "What now?"], replies);
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task A_topic_that_no_longer_exists_is_dropped_with_dialog_changed_and_the_question_below_asked_again()
    {
        Fees();
        dialogs.Write("phrases.en-US.yaml", "fees:", "  - how much can they charge");
        var conversation = TempDialogs.Converse(dialogs.Load());
        await conversation.SayAsync("hi");
        Assert.Equal(["Which fee?"], await conversation.SayAsync("how much can they charge"));
        Assert.Equal(["main", "prompt.choice", "fees", "prompt.text"], conversation.Frames);
        File.Delete(dialogs.PathOf("fees.dialog.yaml"));
        File.Delete(dialogs.PathOf("phrases.en-US.yaml"));

        var after = Redeploy(conversation);
        var replies = await after.SayAsync("the copy fee");

        Assert.Equal(["Updated: that topic changed.", "What now?"], replies);
        Assert.Equal(["main", "prompt.choice"], after.Frames);
    }
}
