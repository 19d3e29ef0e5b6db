using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>One email address.</summary>
public sealed class EmailPrompt() : Prompt(PromptKind.Email)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) => EmailRecognizer.Recognize(text);
}
