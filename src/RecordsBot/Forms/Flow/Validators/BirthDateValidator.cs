using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-birth-date</c>: a real date of birth: before the person's today, and no more than 125 years ago.</summary>
public sealed class BirthDateValidator : IPromptValidator
{
    public const string ValidatorName = "letter-birth-date";
    private const int OldestAge = 125;

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken)
    {
        var today = dc.Environment.TodayFor(dc.Context);
        var date = LetterRequestMapper.Date(value);
        return Task.FromResult(date >= today ? LetterTextKeys.BirthFuture : date < today.AddYears(-OldestAge) ? LetterTextKeys.BirthTooOld : null);
    }
}
