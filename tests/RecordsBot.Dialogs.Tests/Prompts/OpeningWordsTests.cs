using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Prompts;

/// <summary>The words that open a topic in free phrasing also answer its first question when they name a choice or a
/// state outright, so no one is asked what they just said; other questions are asked as usual.</summary>
public sealed class OpeningWordsTests : IDisposable
{
    private readonly TempDialogs dialogs = new();
    private readonly Conversation conversation;

    public OpeningWordsTests()
    {
        dialogs.Strings(
            ("main.title", "Main menu"),
            ("menu.q", "What would you like?"),
            ("colors.label", "Colors"),
            ("colors.title", "Colors"),
            ("colors.q", "Which color?"),
            ("red.label", "Red"),
            ("blue.label", "Blue"),
            ("colors.got", "You picked {c}."),
            ("sure.label", "Sure"),
            ("sure.title", "Sure"),
            ("sure.q", "Are you sure?"),
            ("sure.got", "Answered {s}."));
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
            "      - value: colors",
            "        label: colors.label",
            "      - value: sure",
            "        label: sure.label",
            "  - id: open",
            "    branch: topic",
            "    cases:",
            "      colors: colors",
            "      sure: sure",
            "  - id: colors",
            "    begin: colors",
            "    next: menu",
            "  - id: sure",
            "    begin: sure",
            "    next: menu");
        dialogs.Write(
            "colors.dialog.yaml",
            "id: colors",
            "title: colors.title",
            "steps:",
            "  - id: ask",
            "    prompt: choice",
            "    text: colors.q",
            "    into: c",
            "    choices:",
            "      - value: red",
            "        label: red.label",
            "      - value: blue",
            "        label: blue.label",
            "  - id: got",
            "    say: colors.got");
        dialogs.Write(
            "sure.dialog.yaml",
            "id: sure",
            "title: sure.title",
            "steps:",
            "  - id: ask",
            "    prompt: confirm",
            "    text: sure.q",
            "    into: s",
            "  - id: got",
            "    say: sure.got");
        dialogs.Write("phrases.en-US.yaml", "colors:", "  - paint the wall", "sure:", "  - make up my mind");
        conversation = TempDialogs.Converse(dialogs.Load());
    }

    public void Dispose() => dialogs.Dispose();

    [Fact]
    public async Task Words_that_open_a_topic_and_name_a_choice_answer_its_first_question()
    {
        await conversation.SayAsync("hi");

        Assert.Equal(["You picked blue.", "What would you like?"], await conversation.SayAsync("paint the wall blue"));
    }

    [Fact]
    public async Task Words_that_name_no_choice_leave_the_question_to_be_asked()
    {
        await conversation.SayAsync("hi");

        Assert.Equal(["Which color?"], await conversation.SayAsync("paint the wall"));
        Assert.Equal(["You picked red.", "What would you like?"], await conversation.SayAsync("red"));
    }

    [Fact]
    public async Task A_yes_or_no_question_is_never_answered_by_the_words_that_opened_its_topic()
    {
        await conversation.SayAsync("hi");

        Assert.Equal(["Are you sure?"], await conversation.SayAsync("no, I can't make up my mind"));
    }

    [Fact]
    public async Task The_first_message_of_a_conversation_works_the_same()
    {
        Assert.Equal(["You picked red.", "What would you like?"], await conversation.SayAsync("paint the wall red"));
    }
}
