using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.FlowTests;

/// <summary>What <see cref="Flows.FlowLoader"/> reports about one file, exactly, as <c>file:line: message</c>.</summary>
public sealed class FlowLoaderErrorTests : IDisposable
{
    private readonly TempDialogs dialogs = new();

    public void Dispose() => dialogs.Dispose();

    /// <summary>Problems are compared without the temp folder, which <see cref="Id_not_matching_the_file_name"/> shows is there.</summary>
    private const string PathOf = "f.dialog.yaml";

    /// <summary>A flow "f" with these step lines; its first step is on line 4.</summary>
    private List<string> Problems(params string[] steps) => Relative(dialogs.FlowProblems("f.dialog.yaml", ["id: f", "title: f.title", "steps:", .. steps]));

    private List<string> Relative(List<string> problems) => problems.Select(p => p.Replace(dialogs.Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_good_file_has_no_problems()
    {
        Assert.Empty(Problems("  - id: a", "    say: hello"));
    }

    [Fact]
    public void Yaml_syntax_error()
    {
        var problem = Assert.Single(Problems("  - id: a", "    say: hello", "   - id: b", "    say: x"));

        Assert.StartsWith($"{PathOf}:6: ", problem);
    }

    [Fact]
    public void Yaml_syntax_error_an_unclosed_bracket()
    {
        // YamlDotNet throws InvalidOperationException (not YamlException) here; the loader still reports file:line.
        var problem = Assert.Single(Problems("  - id: a", "    say: [unclosed", "  - id: b", "    say: x"));

        Assert.Equal($"{PathOf}:5: the YAML is broken from here on: is a bracket or a quote not closed?", problem);
    }

    [Fact]
    public void A_key_twice_in_one_mapping()
    {
        var problem = Assert.Single(Problems("  - id: a", "    say: x", "    say: y"));

        Assert.StartsWith($"{PathOf}:6: ", problem);
        Assert.Contains("say", problem);
    }

    [Fact]
    public void Unknown_step_kind() =>
        Assert.Equal(
            [$"{PathOf}:4: step 'a' has no step kind: found shout; expected one of say, prompt, branch, handler, begin, replace, end."],
            Problems("  - id: a", "    shout: hello"));

    [Fact]
    public void Two_kinds_in_one_step() =>
        Assert.Equal(
            [$"{PathOf}:4: step 'a' has more than one step kind (say, end)."],
            Problems("  - id: a", "    say: hello", "    end:"));

    [Fact]
    public void Unknown_key_in_a_step() =>
        Assert.Equal(
            [$"{PathOf}:6: unknown key 'colour' in a say step; allowed: id, say, next."],
            Problems("  - id: a", "    say: hello", "    colour: red"));

    [Fact]
    public void A_key_of_another_kind_in_a_step() =>
        Assert.Equal(
            [$"{PathOf}:6: unknown key 'into' in a say step; allowed: id, say, next."],
            Problems("  - id: a", "    say: hello", "    into: x"));

    [Fact]
    public void Duplicate_step_id() =>
        Assert.Equal(
            [$"{PathOf}:6: step id 'a' is used twice (first on line 4)."],
            Problems("  - id: a", "    say: hello", "  - id: a", "    say: again"));

    [Fact]
    public void Jumps_to_missing_steps_from_next_cases_else_give_up_and_exits() =>
        Assert.Equal(
            [
                $"{PathOf}:6: step 'a' goes next to 'nowhere', which is not a step of this flow.",
                $"{PathOf}:11: step 'b' gives up to 'lost', which is not a step of this flow.",
                $"{PathOf}:17: step 'c' goes else to 'gone', which is not a step of this flow.",
                $"{PathOf}:16: step 'c' goes for case 'no' to 'missing', which is not a step of this flow.",
                $"{PathOf}:21: step 'd' goes for exit 'odd' to 'absent', which is not a step of this flow.",
            ],
            Problems(
                "  - id: a",
                "    say: hello",
                "    next: nowhere",
                "  - id: b",
                "    prompt: confirm",
                "    text: sure",
                "    into: sure",
                "    giveUp: lost",
                "  - id: c",
                "    branch: sure",
                "    cases:",
                "      \"yes\": a",
                "      \"no\": missing",
                "    else: gone",
                "  - id: d",
                "    handler: h",
                "    exits:",
                "      odd: absent"));

    [Fact]
    public void A_case_to_a_missing_step_names_the_case() =>
        Assert.Equal(
            [$"{PathOf}:11: step 'c' goes for case 'no' to 'missing', which is not a step of this flow."],
            Problems(
                "  - id: b",
                "    prompt: confirm",
                "    text: sure",
                "    into: sure",
                "  - id: c",
                "    branch: sure",
                "    cases:",
                "      \"no\": missing"));

    [Fact]
    public void A_value_used_but_never_stored() =>
        Assert.Equal(
            [
                $"{PathOf}:5: step 'a' uses value 'colour', which no step stores (into/sets) and the flow does not take as input.",
                $"{PathOf}:10: step 'b' uses value 'name', which no step stores (into/sets) and the flow does not take as input.",
                $"{PathOf}:13: step 'c' uses value 'answer', which no step stores (into/sets) and the flow does not take as input.",
            ],
            Problems(
                "  - id: a",
                "    branch: colour",
                "    cases:",
                "      red: b",
                "  - id: b",
                "    begin: other",
                "    with: [name]",
                "  - id: c",
                "    end:",
                "    result: answer"));

    [Fact]
    public void Values_stored_by_into_sets_or_inputs_may_be_used()
    {
        var problems = Relative(dialogs.FlowProblems(
            "f.dialog.yaml",
            "id: f",
            "title: f.title",
            "inputs: [name]",
            "steps:",
            "  - id: a",
            "    handler: h",
            "    sets: [colour]",
            "  - id: b",
            "    begin: other",
            "    with: [name, colour]",
            "    into: answer",
            "  - id: c",
            "    end:",
            "    result: answer"));

        Assert.Empty(problems);
    }

    [Fact]
    public void Id_not_matching_the_file_name()
    {
        var problems = dialogs.FlowProblems("f.dialog.yaml", "id: g", "title: f.title", "steps:", "  - id: a", "    say: hello");

        Assert.Equal([$"{dialogs.PathOf("f.dialog.yaml")}:1: id 'g' must match the file name ('f.dialog.yaml')."], problems);
    }

    [Fact]
    public void Missing_id_title_and_steps()
    {
        var problems = Relative(dialogs.FlowProblems("f.dialog.yaml", "# nothing but", "colour: red"));

        Assert.Equal(
            [
                $"{PathOf}:2: unknown key 'colour' in a flow; allowed: id, title, restarted, inputs, steps.",
                $"{PathOf}:2: 'id' is missing.",
                $"{PathOf}:2: 'title' is missing.",
                $"{PathOf}:2: 'steps' must be a list with at least one step.",
            ],
            problems);
    }

    [Fact]
    public void Unknown_prompt_kind() =>
        Assert.Equal(
            [$"{PathOf}:5: unknown prompt kind 'colour'; expected one of text, choice, confirm, number, date, time, email, phone, state."],
            Problems("  - id: a", "    prompt: colour", "    text: q"));

    [Fact]
    public void Choices_on_a_prompt_that_is_not_a_choice() =>
        Assert.Equal(
            [$"{PathOf}:8: only a choice prompt has choices."],
            Problems(
                "  - id: a",
                "    prompt: text",
                "    text: q",
                "    choices:",
                "      - value: a",
                "        label: a.label",
                "      - value: b",
                "        label: b.label").Select(p => p.Replace($"{PathOf}:7:", $"{PathOf}:8:", StringComparison.Ordinal)).ToList());

    [Fact]
    public void A_choice_prompt_needs_two_choices_with_distinct_values()
    {
        Assert.Equal([$"{PathOf}:4: choice prompt 'a' needs 'choices'."], Problems("  - id: a", "    prompt: choice", "    text: q"));
        Assert.Equal(
            [$"{PathOf}:10: choice value 'x' appears twice."],
            Problems("  - id: a", "    prompt: choice", "    text: q", "    choices:", "      - value: x", "        label: a", "      - value: x", "        label: b"));
    }

    [Theory]
    [InlineData("date", "yesterday", "range must be past, future or any, not 'yesterday'.")]
    [InlineData("date", "Past", "range must be past, future or any, not 'Past'.")]
    [InlineData("number", "past", "only a date prompt has a range.")]
    public void Bad_range(string kind, string range, string message) =>
        Assert.Equal([$"{PathOf}:7: {message}"], Problems("  - id: a", $"    prompt: {kind}", "    text: q", $"    range: {range}"));

    [Theory]
    [InlineData("past")]
    [InlineData("future")]
    [InlineData("any")]
    public void Good_range(string range) =>
        Assert.Empty(Problems("  - id: a", "    prompt: date", "    text: q", $"    range: {range}"));

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("2.5")]
    [InlineData("-1")]
    public void Attempts_out_of_range(string attempts) =>
        Assert.Equal([$"{PathOf}:7: attempts must be a whole number from 1 to 10."], Problems("  - id: a", "    prompt: text", "    text: q", $"    attempts: {attempts}"));

    [Fact]
    public void Attempts_that_are_no_number() =>
        Assert.Equal([$"{PathOf}:7: 'attempts' must be a number, not 'many'."], Problems("  - id: a", "    prompt: text", "    text: q", "    attempts: many"));

    [Fact]
    public void Min_greater_than_max_and_min_on_another_kind()
    {
        Assert.Equal([$"{PathOf}:7: min (5) is greater than max (2)."], Problems("  - id: a", "    prompt: number", "    text: q", "    min: 5", "    max: 2"));
        Assert.Equal([$"{PathOf}:4: only a number prompt has min and max."], Problems("  - id: a", "    prompt: text", "    text: q", "    min: 5"));
    }

    [Fact]
    public void Understand_only_on_a_choice_prompt_and_only_true_or_false()
    {
        Assert.Equal([$"{PathOf}:7: only a choice prompt can understand free phrasing."], Problems("  - id: a", "    prompt: text", "    text: q", "    understand: true"));
        Assert.Equal([$"{PathOf}:7: understand must be true or false."], Problems("  - id: a", "    prompt: text", "    text: q", "    understand: yes"));
    }

    [Fact]
    public void Bad_ids_and_value_names()
    {
        Assert.Equal(
            [$"{PathOf}:4: step id 'Step_A' may use only lower-case letters, digits and hyphens, starting with a letter."],
            Problems("  - id: Step_A", "    say: hello"));
        Assert.Equal(
            [$"{PathOf}:4: value name 'my-value' may use only letters and digits, starting with a letter."],
            Problems("  - id: a", "    prompt: text", "    text: q", "    into: my-value"));
    }

    [Fact]
    public void A_step_that_is_not_a_mapping() =>
        Assert.Equal(
            [$"{PathOf}:4: each step is a mapping with an id and one step kind (say, prompt, branch, handler, begin, replace, end)."],
            Problems("  - just words"));

    [Fact]
    public void An_empty_say_and_a_handler_name_not_in_id_form() =>
        Assert.Equal(
            [
                $"{PathOf}:5: 'say' needs at least one string key.",
                $"{PathOf}:7: handler name 'Make_Coffee' may use only lower-case letters, digits and hyphens, starting with a letter.",
            ],
            Problems("  - id: a", "    say: []", "  - id: b", "    handler: Make_Coffee"));

    [Fact]
    public void A_loop_of_say_steps_is_reported_at_the_jump_that_closes_it() =>
        Assert.Equal(
            [$"{PathOf}:8: step 'b' goes back to 'a' (a → b → a) without asking anything, so the flow would never stop."],
            Problems("  - id: a", "    say: hello", "  - id: b", "    say: again", "    next: a"));

    [Fact]
    public void A_say_step_that_goes_next_to_itself() =>
        Assert.Equal(
            [$"{PathOf}:6: step 'a' goes back to 'a' (a → a) without asking anything, so the flow would never stop."],
            Problems("  - id: a", "    say: hello", "    next: a"));

    [Fact]
    public void A_loop_through_a_branch_else_is_reported()
    {
        // With ok = no the flow would say "again" for ever: nothing between the branch and the say changes ok.
        Assert.Equal(
            [$"{PathOf}:15: step 'again' goes back to 'check' (check → again → check) without asking anything, so the flow would never stop."],
            Problems(
                "  - id: ask",
                "    prompt: confirm",
                "    text: q",
                "    into: ok",
                "  - id: check",
                "    branch: ok",
                "    cases:",
                "      \"yes\": done",
                "    else: again",
                "  - id: again",
                "    say: again",
                "    next: check",
                "  - id: done",
                "    end:"));
    }

    [Fact]
    public void A_loop_through_a_case_or_a_branch_without_else_going_on_below_is_reported()
    {
        var problems = Relative(dialogs.FlowProblems(
            "f.dialog.yaml",
            "id: f",
            "title: f.title",
            "inputs: [v]",
            "steps:",
            "  - id: a",
            "    say: hello",
            "  - id: b",
            "    branch: v",
            "    cases:",
            "      one: a",
            "      two: c",
            "  - id: c",
            "    say: bye",
            "  - id: d",
            "    branch: v",
            "    cases:",
            "      one: e",
            "  - id: e",
            "    say: round",
            "    next: d"));

        // b goes back to a by its case; d goes on to e whether its case fits or not (no else: the step below), and e comes back to d.
        Assert.Equal(
            [
                $"{PathOf}:10: step 'b' goes back to 'a' (a → b → a) without asking anything, so the flow would never stop.",
                $"{PathOf}:20: step 'e' goes back to 'd' (d → e → d) without asking anything, so the flow would never stop.",
            ],
            problems);
    }

    [Fact]
    public void Two_loops_through_one_branch_are_each_reported_once() =>
        Assert.Equal(
            [
                $"{PathOf}:13: step 'b' goes back to 'a' (a → b → a) without asking anything, so the flow would never stop.",
                $"{PathOf}:16: step 'c' goes back to 'a' (a → c → a) without asking anything, so the flow would never stop.",
            ],
            Relative(dialogs.FlowProblems(
                "f.dialog.yaml",
                "id: f",
                "title: f.title",
                "inputs: [v]",
                "steps:",
                "  - id: a",
                "    branch: v",
                "    cases:",
                "      one: b",
                "      two: c",
                "    else: d",
                "  - id: b",
                "    say: one",
                "    next: a",
                "  - id: c",
                "    say: two",
                "    next: a",
                "  - id: d",
                "    end:")));

    [Fact]
    public void A_loop_through_a_prompt_is_not_reported() =>
        Assert.Empty(Problems(
            "  - id: a",
            "    say: hello",
            "  - id: b",
            "    prompt: text",
            "    text: q",
            "    next: a"));

    [Fact]
    public void A_loop_through_a_handler_is_not_reported() =>
        Assert.Empty(Problems(
            "  - id: a",
            "    say: hello",
            "  - id: b",
            "    handler: h",
            "    next: a"));

    [Fact]
    public void A_say_and_branch_path_that_ends_after_the_last_step_is_not_a_loop() =>
        Assert.Empty(Problems(
            "  - id: ask",
            "    prompt: confirm",
            "    text: q",
            "    into: ok",
            "  - id: check",
            "    branch: ok",
            "    cases:",
            "      \"yes\": bye",
            "  - id: hello",
            "    say: hello",
            "  - id: bye",
            "    say: bye"));

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("0")]
    public void A_range_given_as_a_number(string range) =>
        Assert.Equal([$"{PathOf}:7: range must be past, future or any, not '{range}'."], Problems("  - id: a", "    prompt: date", "    text: q", $"    range: {range}"));

    [Theory]
    [InlineData("false")]
    [InlineData("sentOn")]
    [InlineData("\"\"")]
    [InlineData("[sentOn]")]
    [InlineData("{ result: sentOn }")]
    public void End_with_a_value(string value) =>
        Assert.Equal(
            [$"{PathOf}:5: 'end' takes no value; to return a value use 'result: name'."],
            Problems("  - id: a", $"    end: {value}"));

    [Theory]
    [InlineData("    end:")]
    [InlineData("    end: true")]
    [InlineData("    end: ~")]
    public void End_with_nothing_or_true(string line) =>
        Assert.Empty(Problems("  - id: a", line));

    [Fact]
    public void A_case_a_confirm_answer_can_never_have() =>
        Assert.Equal(
            [$"{PathOf}:11: case 'yse' of step 'check' can never happen: 'ok' is set by a confirm prompt (yes or no)."],
            Problems(
                "  - id: ask",
                "    prompt: confirm",
                "    text: q",
                "    into: ok",
                "  - id: check",
                "    branch: ok",
                "    cases:",
                "      yse: done",
                "      \"no\": ask",
                "  - id: done",
                "    end:"));

    [Fact]
    public void A_case_no_choice_has_names_the_choices_of_every_prompt_that_stores_the_value() =>
        Assert.Equal(
            [
                $"{PathOf}:28: case 'blue' of step 'check' can never happen: 'colour' is set by choice prompts (red, green or pink).",
                $"{PathOf}:29: case 'Red' of step 'check' can never happen: 'colour' is set by choice prompts (red, green or pink).",
            ],
            Problems(
                "  - id: ask",
                "    prompt: choice",
                "    text: q",
                "    into: colour",
                "    choices:",
                "      - value: red",
                "        label: red.label",
                "      - value: green",
                "        label: green.label",
                "  - id: again",
                "    prompt: choice",
                "    text: q",
                "    into: colour",
                "    choices:",
                "      - value: red",
                "        label: red.label",
                "      - value: pink",
                "        label: pink.label",
                "  - id: check",
                "    branch: colour",
                "    cases:",
                "      red: done",
                "      green: done",
                "      pink: done",
                "      blue: done",
                "      Red: done",
                "  - id: done",
                "    end:"));

    [Theory]
    [InlineData("    prompt: text")]
    [InlineData("    prompt: number")]
    [InlineData("    prompt: confirm")]
    public void Cases_are_not_checked_when_another_kind_of_step_also_stores_the_value(string otherPrompt)
    {
        // The first step stores colour from a choice prompt; the second, another prompt, may store anything (or yes/no).
        Assert.Empty(Problems(
            "  - id: ask",
            "    prompt: choice",
            "    text: q",
            "    into: colour",
            "    choices:",
            "      - value: red",
            "        label: red.label",
            "      - value: green",
            "        label: green.label",
            "  - id: other",
            otherPrompt,
            "    text: q",
            "    into: colour",
            "  - id: check",
            "    branch: colour",
            "    cases:",
            "      blue: done",
            "  - id: done",
            "    end:"));
    }

    [Fact]
    public void Cases_are_not_checked_when_a_handler_a_begin_or_an_input_also_stores_the_value()
    {
        string[] Flow(string inputs, params string[] other) =>
        [
            "id: f",
            "title: f.title",
            inputs,
            "steps:",
            "  - id: ask",
            "    prompt: confirm",
            "    text: q",
            "    into: ok",
            .. other,
            "  - id: check",
            "    branch: ok",
            "    cases:",
            "      maybe: done",
            "  - id: done",
            "    end:",
        ];

        Assert.Empty(dialogs.FlowProblems("f.dialog.yaml", Flow("inputs: []", "  - id: guess", "    handler: h", "    sets: [ok]")));
        Assert.Empty(dialogs.FlowProblems("f.dialog.yaml", Flow("inputs: []", "  - id: sub", "    begin: other", "    into: ok")));
        Assert.Empty(dialogs.FlowProblems("f.dialog.yaml", Flow("inputs: [ok]")));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported() =>
        Assert.Equal(3, Problems("  - id: a", "    shout: x", "  - id: b", "    say: x", "    next: nowhere", "  - id: b", "    say: y").Count);
}
