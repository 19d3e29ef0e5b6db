using System.Globalization;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Tracking;

/// <summary><c>tracking-number</c>: a whole number that is a place on the list just shown, from the prompt's <c>min</c>
/// (1, or 0 where 0 means "not on the list") to <c>count</c>; else tracking.pick.range, which says the range.</summary>
public sealed class NumberValidator : IPromptValidator
{
    public const string ValidatorName = "tracking-number";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken)
    {
        var fits = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number)
            && number >= (options.Min ?? 1)
            && int.TryParse(options.Args.GetValueOrDefault(TrackingValues.Count), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && number <= count;
        return Task.FromResult(fits ? null : TrackingTextKeys.PickRange);
    }
}
