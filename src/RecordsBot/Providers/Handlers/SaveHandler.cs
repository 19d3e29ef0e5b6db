using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-save</c>: adds the provider in progress (<c>name</c>, <c>kind</c>, and <c>state</c> and
/// <c>contact</c> when given) to the person's saved list, and sets <c>kindLabel</c> and <c>stateName</c> to say it.</summary>
public sealed class SaveHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-save";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var kind = values.GetValueOrDefault(ProviderValues.Kind) ?? string.Empty;
        var details = new ProviderDetails(values.GetValueOrDefault(ProviderValues.Name) ?? string.Empty, kind, values.GetValueOrDefault(ProviderValues.State), values.GetValueOrDefault(ProviderValues.Contact));
        var entry = await providers.AddAsync(ProviderFlow.Person(context), details, cancellationToken);
        values[ProviderValues.Entry] = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values[ProviderValues.KindLabel] = ProviderFlow.KindLabel(context, kinds, kind);
        values[ProviderValues.StateName] = ProviderFlow.StateName(context, entry.State);
        return null;
    }
}
