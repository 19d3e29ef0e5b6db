using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>A US state, DC or territory by name, code or a close spelling; answered as its USPS code.</summary>
public sealed class StatePrompt() : Prompt(PromptKind.State)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) => UsStateRecognizer.Recognize(text)?.Code;
}
