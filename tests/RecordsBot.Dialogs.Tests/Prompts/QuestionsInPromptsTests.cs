using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Prompts;

/// <summary>
/// Questions asked instead of an answer: the environment's answerer answers (or says it does not know), the prompt asks
/// its question again without the retry text and without counting an attempt, and the flow keeps what it has.
/// </summary>
public sealed class QuestionsInPromptsTests : IDisposable
{
    private const string FeeAnswer = "Searching for records may not be charged.";
    private const string NotesAnswer = "Psychotherapy notes are kept apart.";

    private readonly TempDialogs dialogs = new();
    private readonly TestAnswerer answerer = new(("searching", FeeAnswer), ("psychotherapy", NotesAnswer));
    private readonly Conversation conversation;

    public QuestionsInPromptsTests()
    {
        dialogs.Strings(
            ("main.title", "Main menu"),
            ("menu.q", "What would you like?"),
            ("menu.retry", "Sorry, pick one."),
            ("form.label", "Fill the form"),
            ("contact.label", "Who to contact"),
            ("form.title", "The form"),
            ("form.name", "What name should the letter use?"),
            ("form.copies", "How many copies?"),
            ("form.state", "Which state?"),
            ("form.done", "{name}, {copies} copies, {state}."),
            ("contact.title", "Contacts"),
            ("contact.about", "About contacts."),
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
            "    retry: menu.retry",
            "    into: topic",
            "    understand: true",
            "    choices:",
            "      - value: form",
            "        label: form.label",
            "      - value: contact",
            "        label: contact.label",
            "  - id: open",
            "    branch: topic",
            "    cases:",
            "      form: form",
            "      contact: contact",
            "  - id: form",
            "    begin: form",
            "    next: menu",
            "  - id: contact",
            "    begin: contact",
            "    next: menu");
        dialogs.Write(
            "form.dialog.yaml",
            "id: form",
            "title: form.title",
            "steps:",
            "  - id: name",
            "    prompt: text",
            "    text: form.name",
            "    into: name",
            "  - id: copies",
            "    prompt: number",
            "    text: form.copies",
            "    min: 1",
            "    max: 5",
            "    attempts: 2",
            "    into: copies",
            "  - id: state",
            "    prompt: state",
            "    text: form.state",
            "    into: state",
            "  - id: done",
            "    say: form.done");
        dialogs.Write("contact.dialog.yaml", "id: contact", "title: contact.title", "steps:", "  - id: about", "    say: contact.about");
        dialogs.Write("fees.dialog.yaml", "id: fees", "title: fees.title", "steps:", "  - id: about", "    say: fees.about");
        dialogs.Write("phrases.en-US.yaml", "fees:", "  - how much can they charge", "  - charge for searching");
        conversation = TempDialogs.Converse(dialogs.Load(), questions: answerer);
    }

    public void Dispose() => dialogs.Dispose();

    private Task<List<string>> SayAsync(string text, string channel = "webchat") => conversation.SayAsync(text, channel);

    private int FailedAttempts => conversation.Stack.Frames[^1].Prompt!.FailedAttempts;

    [Fact]
    public async Task A_question_in_the_middle_of_a_flow_is_answered_then_the_same_question_is_asked_again_and_earlier_answers_are_kept()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");
        Assert.Equal(["How many copies?"], await SayAsync("Jane Doe"));

        Assert.Equal([FeeAnswer, "How many copies?"], await SayAsync("can they charge me for searching for my records?"));
        Assert.Equal(0, FailedAttempts);
        Assert.Equal(["Which state?"], await SayAsync("2"));
        Assert.Equal([NotesAnswer, "Which state?"], await SayAsync("what are psychotherapy notes"));

        Assert.Equal(["Jane Doe, 2 copies, TX.", "What would you like?"], await SayAsync("Texas"));
    }

    [Fact]
    public async Task A_question_it_cannot_answer_gets_its_i_dont_know_and_the_question_again_without_counting_an_attempt()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");
        await SayAsync("Jane Doe");

        // Three questions to a prompt with two attempts: none counts.
        Assert.Equal([TestAnswerer.Unknown, "How many copies?"], await SayAsync("who won the super bowl?"));
        Assert.Equal([TestAnswerer.Unknown, "How many copies?"], await SayAsync("how do I bake bread"));
        Assert.Equal([FeeAnswer, "How many copies?"], await SayAsync("is searching free?"));
        Assert.Equal(0, FailedAttempts);
        Assert.Equal(["main", "form", "prompt.number"], conversation.Frames);

        // A reply that is neither an answer nor a question is counted as before.
        Assert.Equal(["[retry.number]\n\nHow many copies?"], await SayAsync("lots"));
        Assert.Equal(1, FailedAttempts);
    }

    [Fact]
    public async Task A_question_after_a_retry_asks_again_without_the_retry_text_and_keeps_the_count()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");
        await SayAsync("Jane Doe");
        Assert.Equal(["[retry.number.range]\n\nHow many copies?"], await SayAsync("nine"));

        Assert.Equal([FeeAnswer, "How many copies?"], await SayAsync("do they charge for searching?"));

        Assert.Equal(1, FailedAttempts);
    }

    [Fact]
    public async Task A_reply_that_answers_is_taken_even_when_shaped_like_a_question()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");
        await SayAsync("Jane Doe");

        Assert.Equal(["Which state?"], await SayAsync("is 3 enough?"));
        Assert.Equal(["Jane Doe, 3 copies, OH.", "What would you like?"], await SayAsync("is Ohio ok?"));
        Assert.Empty(answerer.Asked);
    }

    [Fact]
    public async Task A_question_with_nothing_to_look_up_is_an_unusable_reply_as_before()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");
        await SayAsync("Jane Doe");

        Assert.Equal(["[retry.number]\n\nHow many copies?"], await SayAsync("what?"));
        Assert.Equal(1, FailedAttempts);
    }

    [Fact]
    public async Task A_text_question_counts_only_with_a_question_mark()
    {
        await SayAsync("hi");
        Assert.Equal(["What name should the letter use?"], await SayAsync("fill the form"));

        Assert.Equal([FeeAnswer, "What name should the letter use?"], await SayAsync("Wait, do they charge for searching?"));
        Assert.Equal([TestAnswerer.Unknown, "What name should the letter use?"], await SayAsync("does it have to be my legal name?"));
        Assert.Equal(["main", "form", "prompt.text"], conversation.Frames);

        // Without the mark it is the answer, even starting with a question word; so is a '?' with nothing to look up.
        Assert.Equal(["How many copies?"], await SayAsync("Will Searching"));
        Assert.Equal("Will Searching", conversation.Stack.Frames[1].Values["name"]);
    }

    [Fact]
    public async Task A_text_question_with_nothing_to_look_up_is_taken_as_the_answer()
    {
        await SayAsync("hi");
        await SayAsync("fill the form");

        Assert.Equal(["How many copies?"], await SayAsync("Bo?"));
        Assert.Equal("Bo?", conversation.Stack.Frames[1].Values["name"]);
    }

    [Fact]
    public async Task At_the_menu_a_question_goes_to_the_answerer_before_the_phrase_book()
    {
        await SayAsync("hi");

        // "charge for searching" is also a phrase of the fees topic: the answer wins.
        var replies = await conversation.SendAsync("can they charge for searching?");

        Assert.Equal([FeeAnswer, "What would you like?"], Replies.Texts(replies));
        Assert.Equal(["Fill the form", "Who to contact"], Replies.Suggestions(replies[^1]));
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
        Assert.Equal(0, FailedAttempts);
    }

    [Fact]
    public async Task At_the_menu_a_question_it_cannot_answer_still_opens_the_topic_the_phrase_book_names()
    {
        await SayAsync("hi");

        Assert.Equal(["About fees.", "What would you like?"], await SayAsync("how much can they charge me?"));
        Assert.Equal(["how much can they charge me?"], answerer.Asked);
    }

    [Fact]
    public async Task At_the_menu_a_question_nothing_answers_gets_i_dont_know_and_the_menu()
    {
        await SayAsync("hi");

        var replies = await conversation.SendAsync("who won the super bowl?");

        Assert.Equal([TestAnswerer.Unknown, "What would you like?"], Replies.Texts(replies));
        Assert.Equal(["Fill the form", "Who to contact"], Replies.Suggestions(replies[^1]));
        Assert.Equal(0, FailedAttempts);
    }

    [Fact]
    public async Task At_the_menu_a_question_is_not_read_as_a_choice_it_only_mentions()
    {
        await SayAsync("hi");

        Assert.Equal([TestAnswerer.Unknown, "What would you like?"], await SayAsync("who to contact about the weather?"));
        Assert.Equal(0, FailedAttempts);
    }

    [Fact]
    public async Task At_the_menu_a_choice_named_outright_wins_over_its_question_shape()
    {
        await SayAsync("hi");

        Assert.Equal(["About contacts.", "What would you like?"], await SayAsync("Who to contact"));
        Assert.Equal(["About contacts.", "What would you like?"], await SayAsync("who to contact?"));
        Assert.Empty(answerer.Asked);
    }

    [Fact]
    public async Task At_the_menu_a_reply_that_is_no_question_keeps_todays_behaviour()
    {
        await SayAsync("hi");

        Assert.Equal(["Sorry, pick one.\n\nWhat would you like?"], await SayAsync("purple elephants"));
        Assert.Equal(["About fees.", "What would you like?"], await SayAsync("they charge for searching"));
        Assert.Empty(answerer.Asked);
    }

    [Fact]
    public async Task A_first_message_that_is_a_question_is_answered_then_the_menu_is_asked()
    {
        Assert.Equal([NotesAnswer, "What would you like?"], await SayAsync("what are psychotherapy notes?"));
        Assert.Equal(["main", "prompt.choice"], conversation.Frames);
    }

    [Fact]
    public async Task On_sms_the_question_is_asked_again_with_its_numbered_choices()
    {
        await SayAsync("hi", "sms");

        var replies = await SayAsync("what are psychotherapy notes?", "sms");

        Assert.Equal(NotesAnswer, replies[0]);
        Assert.Equal("What would you like?\nReply 1 for Fill the form\nReply 2 for Who to contact", replies[1]);
    }

    [Fact]
    public async Task Without_an_answerer_a_question_is_an_unusable_reply_as_before()
    {
        var plain = TempDialogs.Converse(dialogs.Load());
        await plain.SayAsync("hi");
        await plain.SayAsync("fill the form");
        await plain.SayAsync("Jane Doe");

        Assert.Equal(["[retry.number]\n\nHow many copies?"], await plain.SayAsync("can they charge for searching?"));

        await plain.RunAsync((turn, stack) => plain.Runner.RestartAsync(turn, stack, CancellationToken.None));
        Assert.Equal(["Sorry, pick one.\n\nWhat would you like?"], await plain.SayAsync("who won the super bowl?"));
    }
}
