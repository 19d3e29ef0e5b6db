using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-text</c>: an address, a document's name, a short account: it has a letter or a digit, and holds no
/// whole Social Security number (refused, never stored).</summary>
public sealed class TextValidator : IPromptValidator
{
    public const string ValidatorName = "letter-text";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterWords.HasFullSsn(value) ? LetterTextKeys.SsnFull : value.Any(char.IsLetterOrDigit) ? null : LetterTextKeys.TextRetry);
}
