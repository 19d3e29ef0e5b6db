using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>One of several options, by number ("1", "one", "the first"), label, synonym or a close spelling; the
/// answer is the option's value.</summary>
public sealed class ChoicePrompt() : Prompt(PromptKind.Choice)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text)
    {
        var texts = dc.Environment.Texts;
        var choices = options.Choices.Select(c => new ChoiceOption(
            c.Value,
            texts.Get(c.LabelKey, dc.ChannelId, options.Args),
            c.SynonymsKey is null ? [] : texts.GetList(c.SynonymsKey, dc.ChannelId))).ToList();
        return ChoiceRecognizer.Recognize(text, choices);
    }

    protected override IReadOnlyList<string> Labels(DialogContext dc, PromptOptions options) =>
        options.Choices.Select(c => dc.Environment.Texts.Get(c.LabelKey, dc.ChannelId, options.Args)).ToList();
}
