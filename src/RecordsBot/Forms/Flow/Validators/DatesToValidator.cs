using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-dates-to</c>: the end of the range of records is not before its start (<c>recordsFrom</c>).</summary>
public sealed class DatesToValidator : IPromptValidator
{
    public const string ValidatorName = "letter-dates-to";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(options.Args.GetValueOrDefault(LetterValues.RecordsFrom) is { } from && LetterRequestMapper.Date(value) < LetterRequestMapper.Date(from)
            ? LetterTextKeys.DatesToBeforeFrom
            : null);
}
