using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Prompts;

/// <summary>Prompts as flows use them: giving up, help by step, and understanding free phrasing at the menu.</summary>
public sealed class PromptsInFlowsTests : IDisposable
{
    private readonly TempDialogs dialogs = new();
    private readonly Conversation conversation;

    public PromptsInFlowsTests()
    {
        dialogs.Strings(
            ("main.title", "Main menu"),
            ("menu.q", "What would you like?"),
            ("count.label", "Count"),
            ("guess.label", "Guess"),
            ("count.title", "Counting"),
            ("count.q", "How many?"),
            ("count.help", "Type a number from 1 to 5."),
            ("count.got", "You said {n}."),
            ("guess.title", "Guessing"),
            ("guess.q", "Yes or no?"),
            ("guess.fallback", "Never mind the guess."),
            ("fees.title", "Fees"),
            ("fees.about", "About fees."));
        dialogs.Write(
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
            "      - value: count",
            "        label: count.label",
            "      - value: guess",
            "        label: guess.label",
            "  - id: open",
            "    branch: topic",
            "    cases:",
            "      count: count",
            "      guess: guess",
            "  - id: count",
            "    begin: count",
            "    next: menu",
            "  - id: guess",
            "    begin: guess",
            "    next: menu");
        dialogs.Write(
            "count.dialog.yaml",
            "id: count",
            "title: count.title",
            "steps:",
            "  - id: ask",
            "    prompt: number",
            "    text: count.q",
            "    help: count.help",
            "    min: 1",
            "    max: 5",
            "    attempts: 2",
            "    into: n",
            "  - id: got",
            "    say: count.got");
        dialogs.Write(
            "guess.dialog.yaml",
            "id: guess",
            "title: guess.title",
            "steps:",
            "  - id: ask",
            "    prompt: confirm",
            "    text: guess.q",
            "    attempts: 1",
            "    giveUp: fallback",
            "  - id: done",
            "    end:",
            "  - id: fallback",
            "    say: guess.fallback");
        dialogs.Write(
            "fees.dialog.yaml",
            "id: fees",
            "title: fees.title",
            "steps:",
            "  - id: about",
            "    say: fees.about");
        dialogs.Write("phrases.en-US.yaml", "fees:", "  - how much can they charge");
        conversation = TempDialogs.Converse(dialogs.Load());
    }

    public void Dispose() => dialogs.Dispose();

    [Fact]
    public async Task The_answer_is_stored_into_the_steps_value()
    {
        await conversation.SayAsync("hi");
        await conversation.SayAsync("count");

        Assert.Equal(["You said 3.", "What would you like?"], await conversation.SayAsync("three"));
    }

    [Fact]
    public async Task Giving_up_in_a_flow_without_give_up_tells_the_person_cancels_the_stack_and_the_runner_shows_the_root()
    {
        await conversation.SayAsync("hi");
        Assert.Equal(["How many?"], await conversation.SayAsync("count"));
        Assert.Equal(["[retry.number.range]\n\nHow many?"], await conversation.SayAsync("seven"));

        var replies = await conversation.SayAsync("lots");

        Assert.Equal(["Let's leave that for now.", "What would you like?"], replies);
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
        Assert.Empty(conversation.Stack.Frames[0].Values);
    }

    [Fact]
    public async Task Giving_up_in_a_flow_with_give_up_jumps_there()
    {
        await conversation.SayAsync("hi");
        Assert.Equal(["Yes or no?"], await conversation.SayAsync("guess"));

        Assert.Equal(["Never mind the guess.", "What would you like?"], await conversation.SayAsync("perhaps"));
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task Help_is_the_steps_own_key()
    {
        await conversation.SayAsync("hi");
        Assert.Equal("help.choice", await HelpKeyAsync());

        await conversation.SayAsync("count");
        Assert.Equal("count.help", await HelpKeyAsync());
    }

    [Fact]
    public async Task Understand_opens_the_flow_the_phrases_name_and_asks_the_question_again_when_it_ends()
    {
        await conversation.SayAsync("hi");

        var replies = await conversation.SayAsync("how much can they charge me?");

        Assert.Equal(["About fees.", "What would you like?"], replies);
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
        Assert.DoesNotContain("topic", conversation.Stack.Frames[0].Values.Keys);
    }

    [Fact]
    public async Task Understand_works_on_the_first_message_too()
    {
        Assert.Equal(["About fees.", "What would you like?"], await conversation.SayAsync("how much can they charge"));
    }

    [Fact]
    public async Task A_message_that_is_neither_a_choice_nor_a_phrase_gets_the_retry()
    {
        await conversation.SayAsync("hi");

        Assert.Equal(["[retry.choice]\n\nWhat would you like?"], await conversation.SayAsync("bananas"));
    }

    private async Task<string?> HelpKeyAsync()
    {
        string? help = null;
        await conversation.RunAsync((turn, stack) =>
        {
            help = conversation.Runner.ActiveHelpKey(turn, stack);
            return Task.FromResult(DialogTurnResult.Waiting);
        });
        return help;
    }
}
