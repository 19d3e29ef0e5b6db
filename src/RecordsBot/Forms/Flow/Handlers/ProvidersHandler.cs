using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Providers;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-providers</c>: shows the person's saved providers, numbered, and sets <c>providerCount</c>; takes
/// exit <c>empty</c> (saying nothing) when they have none.</summary>
public sealed class ProvidersHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "letter-providers";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var entries = await providers.ListAsync(LetterFlow.Person(context), cancellationToken);
        context.Values[LetterValues.ProviderCount] = entries.Count.ToString(CultureInfo.InvariantCulture);
        if (entries.Count == 0)
        {
            return "empty";
        }

        await ProviderListText.SendAsync(context.Dialog, kinds, entries, cancellationToken);
        return null;
    }
}
