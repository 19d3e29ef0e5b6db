using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-ssn</c>: the last four digits of a Social Security number, or a skip word. A whole number is
/// refused with letter.ssn.full (the prompt then stores nothing).</summary>
public sealed class SsnValidator : IPromptValidator
{
    public const string ValidatorName = "letter-ssn";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterWords.HasFullSsn(value) || value.Count(char.IsAsciiDigit) > 4 ? LetterTextKeys.SsnFull
            : LetterSsn.LastFour(value) is not null || LetterWords.IsOneOf(dc.Environment.Texts, LetterTextKeys.SsnSkipWords, dc.ChannelId, value) ? null
            : LetterTextKeys.SsnRetry);
}
