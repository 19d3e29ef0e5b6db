using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Providers;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-provider</c>: the saved provider at place <c>number</c> into <c>provider</c>,
/// <c>providerId</c> and <c>providerState</c>. Takes exit <c>new</c> for 0 (a provider not on the list) or when the
/// list changed meanwhile, and <c>no-state</c> when the saved provider has no state.</summary>
public sealed class ProviderHandler(IProviderList providers) : IFlowHandler
{
    public const string HandlerName = "tracking-provider";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var saved = await providers.ListAsync(TrackingFlow.Person(context), cancellationToken);
        if (TrackingFlow.Place(values.GetValueOrDefault(TrackingValues.Number), saved.Count) is not { } place)
        {
            return "new";
        }

        var entry = saved[place - 1];
        values[TrackingValues.Provider] = entry.Name;
        values[TrackingValues.ProviderId] = entry.Id.ToString(CultureInfo.InvariantCulture);
        if (entry.State is null)
        {
            return "no-state";
        }

        values[TrackingValues.ProviderState] = entry.State;
        return null;
    }
}
