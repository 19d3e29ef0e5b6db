using RecordsBot.Bot;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Providers;

/// <summary><c>providers-number</c>: a number that is a place on the person's list, a whole number from 1 to
/// <c>count</c> (the list's size when the question was asked); else providers.pick.range, which says the range.</summary>
public sealed class ListNumberValidator : IPromptValidator
{
    public const string ValidatorName = "providers-number";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(ListPlace.Fits(value, options, ProviderValues.Count, min: 1, countOptional: true) ? null : TextKeys.ProvidersPickRange);
}
