using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>One US phone number, answered as E.164 (+15552013344).</summary>
public sealed class PhonePrompt() : Prompt(PromptKind.Phone)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) => PhoneRecognizer.Recognize(text);
}
