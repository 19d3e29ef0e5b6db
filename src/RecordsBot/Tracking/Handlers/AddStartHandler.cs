using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Providers;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-add-start</c>: forgets any request in progress, then shows the person's saved providers
/// (numbered, to pick one by its number) and sets <c>count</c> to how many; takes exit <c>none</c> when they have none.</summary>
public sealed class AddStartHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "tracking-add-start";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        TrackingFlow.Forget(context);
        var saved = await providers.ListAsync(TrackingFlow.Person(context), cancellationToken);
        context.Values[TrackingValues.Count] = saved.Count.ToString(CultureInfo.InvariantCulture);
        if (saved.Count == 0)
        {
            return "none";
        }

        await ProviderListText.SendAsync(context.Dialog, kinds, saved, cancellationToken);
        return null;
    }
}
