using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.FlowTests;

/// <summary>Flows from YAML files, run through the runner turn by turn.</summary>
public sealed class FlowRunTests : IDisposable
{
    private readonly TempDialogs dialogs = new();

    public FlowRunTests() => dialogs.Strings(
        ("main.title", "Main"),
        ("ask", "Your word?"),
        ("hello", "Hello {name}."),
        ("hello2", "Bye, {name}."),
        ("apples.label", "Apples"),
        ("pears.label", "Pears"),
        ("apples.said", "You chose apples."),
        ("other.said", "Something else."),
        ("normal.said", "Normal."),
        ("special.said", "Special."),
        ("report", "Child said {reply}."),
        ("child.title", "Child"),
        ("child.greet", "Hi {name}."),
        ("child.q", "What next?"),
        ("a.title", "A"),
        ("a.said", "In A."),
        ("b.title", "B"),
        ("b.q", "B asks?"),
        ("main.got", "Main got {r}."));

    public void Dispose() => dialogs.Dispose();

    private string Main(params string[] steps) => dialogs.Write("main.dialog.yaml", ["id: main", "title: main.title", "steps:", .. steps]);

    [Fact]
    public async Task Say_sends_each_text_with_placeholders_filled_from_the_flows_values()
    {
        Main(
            "  - id: setup",
            "    handler: setup",
            "    sets: [name]",
            "  - id: hello",
            "    say: [hello, hello2]",
            "  - id: wait",
            "    prompt: number",
            "    text: ask");
        var setup = new TestHandler("setup", c =>
        {
            c.Values["name"] = "Ada";
            return null;
        });
        var conversation = TempDialogs.Converse(dialogs.Load(handlers: ["setup"]), handlers: [setup]);

        Assert.Equal(["Hello Ada.", "Bye, Ada.", "Your word?"], await conversation.SayAsync("hi"));
        Assert.Equal("Ada", conversation.Stack.Frames[0].Values["name"]);
        Assert.Equal("wait", conversation.Stack.Frames[0].StepId);
    }

    [Fact]
    public async Task Branch_goes_to_the_case_of_the_value_or_else_and_next_jumps()
    {
        Main(
            "  - id: pick",
            "    prompt: choice",
            "    text: ask",
            "    into: fruit",
            "    choices:",
            "      - value: apples",
            "        label: apples.label",
            "      - value: pears",
            "        label: pears.label",
            "  - id: decide",
            "    branch: fruit",
            "    cases:",
            "      apples: said-apples",
            "    else: said-other",
            "  - id: said-apples",
            "    say: apples.said",
            "    next: pick",
            "  - id: said-other",
            "    say: other.said",
            "    next: pick");
        var conversation = TempDialogs.Converse(dialogs.Load());
        await conversation.SayAsync("hi");

        Assert.Equal(["You chose apples.", "Your word?"], await conversation.SayAsync("apples"));
        Assert.Equal(["Something else.", "Your word?"], await conversation.SayAsync("2"));
        Assert.Equal("pears", conversation.Stack.Frames[0].Values["fruit"]);
    }

    [Fact]
    public async Task A_branch_without_a_matching_case_or_else_goes_on_to_the_next_step()
    {
        Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "    into: word",
            "  - id: decide",
            "    branch: word",
            "    cases:",
            "      magic: special",
            "  - id: normal",
            "    say: normal.said",
            "    next: ask",
            "  - id: special",
            "    say: special.said",
            "    next: ask");
        var conversation = TempDialogs.Converse(dialogs.Load());
        await conversation.SayAsync("hi");

        Assert.Equal(["Normal.", "Your word?"], await conversation.SayAsync("plain"));
        Assert.Equal(["Special.", "Your word?"], await conversation.SayAsync("magic"));
    }

    [Fact]
    public async Task A_handler_goes_on_with_null_jumps_to_a_declared_exit_and_an_undeclared_exit_is_an_error_with_file_and_line()
    {
        var path = Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "    into: word",
            "  - id: check",
            "    handler: check",
            "    exits:",
            "      special: special",
            "  - id: normal",
            "    say: normal.said",
            "    next: ask",
            "  - id: special",
            "    say: special.said",
            "    next: ask");
        var check = new TestHandler("check", c => c.Values["word"] switch
        {
            "magic" => "special",
            "oops" => "undeclared",
            _ => null,
        });
        var conversation = TempDialogs.Converse(dialogs.Load(handlers: ["check"]), handlers: [check]);
        Assert.Equal(["Normal.", "Your word?"], await conversation.SayAsync("hi"));
        Assert.Equal(["Normal.", "Your word?"], await conversation.SayAsync("plain"));
        Assert.Equal(["Special.", "Your word?"], await conversation.SayAsync("magic"));
        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.SendAsync("oops"));

        Assert.Equal($"{path}:8: handler 'check' took exit 'undeclared', which step 'check' does not declare.", error.Message);
        Assert.Equal(4, check.Calls);
    }

    [Fact]
    public async Task A_handler_missing_at_run_time_is_an_error_with_file_and_line()
    {
        var path = Main(
            "  - id: run",
            "    handler: setup",
            "  - id: wait",
            "    prompt: text",
            "    text: ask");
        var conversation = TempDialogs.Converse(dialogs.Load(handlers: ["setup"]));

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.SendAsync("hi"));

        Assert.Equal($"{path}:4: no handler named 'setup'.", error.Message);
    }

    [Fact]
    public async Task Begin_hands_over_the_with_values_and_stores_the_end_result_into_the_value()
    {
        Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "    into: name",
            "  - id: child",
            "    begin: child",
            "    with: [name]",
            "    into: reply",
            "  - id: report",
            "    say: report",
            "    next: ask");
        dialogs.Write(
            "child.dialog.yaml",
            "id: child",
            "title: child.title",
            "inputs: [name]",
            "steps:",
            "  - id: greet",
            "    say: child.greet",
            "  - id: q",
            "    prompt: text",
            "    text: child.q",
            "    into: answer",
            "  - id: done",
            "    end:",
            "    result: answer");
        var conversation = TempDialogs.Converse(dialogs.Load());

        // The first message answers the first question (pending input).
        Assert.Equal(["Hi Ada.", "What next?"], await conversation.SayAsync("Ada"));
        Assert.Equal(["main", "child", "prompt.text"], conversation.Frames);
        Assert.Equal(new Dictionary<string, string> { ["name"] = "Ada" }, conversation.Stack.Frames[1].Values);

        Assert.Equal(["Child said sail.", "Your word?"], await conversation.SayAsync("sail"));
        Assert.Equal("sail", conversation.Stack.Frames[0].Values["reply"]);
    }

    [Fact]
    public async Task Replace_ends_the_flow_and_runs_another_in_its_place_whose_result_goes_to_the_flow_below()
    {
        Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "  - id: run-a",
            "    begin: a",
            "    into: r",
            "  - id: got",
            "    say: main.got",
            "    next: ask");
        dialogs.Write("a.dialog.yaml", "id: a", "title: a.title", "steps:", "  - id: say", "    say: a.said", "  - id: swap", "    replace: b");
        dialogs.Write("b.dialog.yaml", "id: b", "title: b.title", "steps:", "  - id: q", "    prompt: text", "    text: b.q", "    into: x", "  - id: done", "    end:", "    result: x");
        var conversation = TempDialogs.Converse(dialogs.Load());

        Assert.Equal(["In A.", "B asks?"], await conversation.SayAsync("go"));
        Assert.Equal(["main", "b", "prompt.text"], conversation.Frames);

        Assert.Equal(["Main got x1.", "Your word?"], await conversation.SayAsync("x1"));
    }

    [Fact]
    public async Task End_without_a_result_and_the_end_of_the_steps_end_the_flow_with_no_value()
    {
        Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "    into: r",
            "  - id: run-a",
            "    begin: a",
            "    into: r",
            "  - id: got",
            "    say: main.got",
            "    next: ask");
        dialogs.Write("a.dialog.yaml", "id: a", "title: a.title", "steps:", "  - id: say", "    say: a.said");
        var conversation = TempDialogs.Converse(dialogs.Load());

        // The child ended with no value, so the value it would have stored is removed.
        Assert.Equal(["In A.", "Main got {r}.", "Your word?"], await conversation.SayAsync("first"));
    }

    [Fact]
    public async Task A_flow_that_runs_50_steps_without_waiting_is_stopped_with_file_and_line()
    {
        var path = Main(
            "  - id: ask",
            "    prompt: text",
            "    text: ask",
            "  - id: spin",
            "    handler: noop",
            "    next: spin");
        var noop = new TestHandler("noop", _ => null);
        var conversation = TempDialogs.Converse(dialogs.Load(handlers: ["noop"]), handlers: [noop]);

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => conversation.SendAsync("go"));

        Assert.Equal($"{path}:7: flow 'main' ran 50 steps without waiting for the person; it loops.", error.Message);
        Assert.Equal(50, noop.Calls);
    }
}
