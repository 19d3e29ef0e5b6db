using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-address</c>: a postal address the letter or the copy can be mailed to (words and a ZIP code), and
/// no whole Social Security number (refused, never stored). "all" typed at the address question is asked again.</summary>
public sealed class AddressValidator : IPromptValidator
{
    public const string ValidatorName = "letter-address";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterWords.HasFullSsn(value) ? LetterTextKeys.SsnFull : LetterWords.IsPostalAddress(value) ? null : LetterTextKeys.AddressRetry);
}
