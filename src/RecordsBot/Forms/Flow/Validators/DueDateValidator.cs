using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-due-date</c>: the day the records were due is not before the day the request was sent (<c>sentOn</c>).</summary>
public sealed class DueDateValidator : IPromptValidator
{
    public const string ValidatorName = "letter-due-date";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(options.Args.GetValueOrDefault(LetterValues.SentOn) is { } sent && LetterRequestMapper.Date(value) < LetterRequestMapper.Date(sent)
            ? LetterTextKeys.DueBeforeSent
            : null);
}
