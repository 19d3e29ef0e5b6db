using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>Yes or no ("yes", "yeah", "y", "nope", "n", "1", "2"…, words from dialogs/strings); the answer is
/// <c>yes</c> or <c>no</c>. Offered as two choices.</summary>
public sealed class ConfirmPrompt() : Prompt(PromptKind.Confirm)
{
    public const string Yes = "yes";
    public const string No = "no";

    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        ConfirmRecognizer.Recognize(text, dc.Environment.ConfirmWords(dc.ChannelId)) switch
        {
            true => Yes,
            false => No,
            null => null,
        };

    protected override IReadOnlyList<string> Labels(DialogContext dc, PromptOptions options) =>
    [
        dc.Environment.Texts.Get(EngineTextKeys.ConfirmYesLabel, dc.ChannelId),
        dc.Environment.Texts.Get(EngineTextKeys.ConfirmNoLabel, dc.ChannelId),
    ];
}
