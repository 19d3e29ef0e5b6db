using RecordsBot.Bot;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary>
/// <c>providers-last-state</c>: sets the questions for the state of the provider in progress (the group's own, or
/// providers.add.askState and providers.add.sameStateAsLast) and the state given last on the saved list
/// (<c>lastState</c>, <c>lastStateName</c>), to offer it; takes exit <c>none</c> when there is none to offer.
/// </summary>
public sealed class LastStateHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-last-state";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var group = kinds.Kind(values.GetValueOrDefault(ProviderValues.Kind)) is { } kind ? kinds.GroupOf(kind) : null;
        var fill = new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderValues.Name] = values.GetValueOrDefault(ProviderValues.Name) ?? string.Empty };
        values[ProviderValues.StateQuestion] = ProviderFlow.Text(context, group?.StateKey ?? TextKeys.ProvidersAskState, fill);

        var last = (await providers.ListAsync(ProviderFlow.Person(context), cancellationToken)).LastOrDefault(p => p.State is not null)?.State;
        if (last is null)
        {
            values.Remove(ProviderValues.LastState);
            values.Remove(ProviderValues.LastStateName);
            return "none";
        }

        values[ProviderValues.LastState] = last;
        values[ProviderValues.LastStateName] = fill[ProviderValues.LastStateName] = ProviderFlow.StateName(context, last);
        values[ProviderValues.SameStateQuestion] = ProviderFlow.Text(context, group?.SameStateKey ?? TextKeys.ProvidersSameState, fill);
        return null;
    }
}
