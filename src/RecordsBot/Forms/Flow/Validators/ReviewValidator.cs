using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-review</c>: at the summary, yes (write the letter), or the number or name of a line to change.</summary>
public sealed class ReviewValidator : IPromptValidator
{
    public const string ValidatorName = "letter-review";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterReview.Read(dc.Environment, dc.ChannelId, options.Args, value) is null ? LetterTextKeys.ReviewRetry : null);
}
