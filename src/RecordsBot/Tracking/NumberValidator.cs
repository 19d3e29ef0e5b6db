using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Tracking;

/// <summary><c>tracking-number</c>: a whole number that is a place on the list just shown, from the prompt's <c>min</c>
/// (1, or 0 where 0 means "not on the list") to <c>count</c>; else tracking.pick.range, which says the range.</summary>
public sealed class NumberValidator : IPromptValidator
{
    public const string ValidatorName = "tracking-number";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(ListPlace.Fits(value, options, TrackingValues.Count, min: options.Min ?? 1, countOptional: false) ? null : TrackingTextKeys.PickRange);
}
