using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>One of several options, by number ("1", "one", "the first"), label, synonym or a close spelling; the
/// answer is the option's value.</summary>
public sealed class ChoicePrompt() : Prompt(PromptKind.Choice)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        ChoiceRecognizer.Recognize(text, Options(dc, options));

    /// <summary>A reply that names two options is about the choices, so free phrasing does not pick a topic for it.</summary>
    protected override bool MayUnderstand(DialogContext dc, PromptOptions options, string text) =>
        ChoiceRecognizer.Mentioned(text, Options(dc, options)) < 2;

    /// <summary>A choice's number, label or synonym is an answer even when shaped like a question ("What ID to bring").</summary>
    protected override bool AnswersExactly(DialogContext dc, PromptOptions options, string text) =>
        ChoiceRecognizer.RecognizeExactly(text, Options(dc, options)) is not null;

    private static List<ChoiceOption> Options(DialogContext dc, PromptOptions options)
    {
        var texts = dc.Environment.Texts;
        return options.Choices.Select(c => new ChoiceOption(
            c.Value,
            texts.Get(c.LabelKey, dc.ChannelId, options.Args),
            c.SynonymsKey is null ? [] : texts.GetList(c.SynonymsKey, dc.ChannelId))).ToList();
    }

    protected override IReadOnlyList<string> Labels(DialogContext dc, PromptOptions options) =>
        options.Choices.Select(c => dc.Environment.Texts.Get(c.LabelKey, dc.ChannelId, options.Args)).ToList();
}
