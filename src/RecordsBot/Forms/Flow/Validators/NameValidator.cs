using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-name</c>: a person's or a company's name as typed (accents, apostrophes, hyphens welcome): it has a
/// letter, and it is not a Social Security number.</summary>
public sealed class NameValidator : IPromptValidator
{
    public const string ValidatorName = "letter-name";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterWords.HasFullSsn(value) ? LetterTextKeys.SsnFull : value.Any(char.IsLetter) ? null : LetterTextKeys.NameRetry);
}
