using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Providers;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary>
/// <c>letter-provider-picked</c>: the saved provider at the place in <c>providerPick</c> becomes the letter's (its name,
/// id, state, and its way to reach them as the address when that is a postal address); a word for a new one, or a
/// place no longer on the list, forgets the provider and takes exit <c>new</c>.
/// </summary>
public sealed class ProviderPickedHandler(IProviderList providers) : IFlowHandler
{
    public const string HandlerName = "letter-provider-picked";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        values.Remove(LetterValues.ProviderPick, out var pick);
        values.Remove(LetterValues.ProviderWas);
        var entries = await providers.ListAsync(LetterFlow.Person(context), cancellationToken);
        LetterFlow.Remove(values, LetterValues.ProviderId, LetterValues.ProviderName, LetterValues.ProviderAddress, LetterValues.ProviderState);
        if (pick is null || LetterWords.Number(pick) is not { } n || n < 1 || n > entries.Count)
        {
            return "new";
        }

        var entry = entries[n - 1];
        values[LetterValues.ProviderId] = entry.Id.ToString(CultureInfo.InvariantCulture);
        values[LetterValues.ProviderName] = entry.Name;
        if (entry.State is not null)
        {
            values[LetterValues.ProviderState] = entry.State;
        }

        if (LetterProviderAddress.From(entry.Contact) is { } address)
        {
            values[LetterValues.ProviderAddress] = address;
        }

        return null;
    }
}
