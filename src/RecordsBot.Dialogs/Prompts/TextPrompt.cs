namespace RecordsBot.Dialogs.Prompts;

/// <summary>Any non-empty text up to <see cref="PromptOptions.MaxLength"/> characters, trimmed. Since anything is an
/// answer, only a reply ending in '?' counts as a question asked instead.</summary>
public sealed class TextPrompt() : Prompt(PromptKind.Text)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        text.Length <= options.MaxLength ? text : null;

    protected override bool AcceptsAnyText => true;
}
