using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-show</c>: says the person's saved list, numbered, and sets <c>count</c>; takes exit
/// <c>empty</c> (saying nothing) when there is none.</summary>
public sealed class ShowListHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-show";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var entries = await providers.ListAsync(ProviderFlow.Person(context), cancellationToken);
        context.Values[ProviderValues.Count] = entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (entries.Count == 0)
        {
            return "empty";
        }

        await ProviderListText.SendAsync(context.Dialog, kinds, entries, cancellationToken);
        return null;
    }
}
