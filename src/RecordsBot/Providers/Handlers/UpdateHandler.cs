using System.Globalization;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-update</c>: writes <c>name</c>, <c>kind</c>, <c>state</c> and <c>contact</c> (as they are
/// now, one of them just changed) to the saved provider <c>entry</c>; sets <c>kindLabel</c> and <c>stateName</c> to say
/// it. Takes exit <c>gone</c> when the entry was removed meanwhile.</summary>
public sealed class UpdateHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-update";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (!long.TryParse(values.GetValueOrDefault(ProviderValues.Entry), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return "gone";
        }

        var kind = values.GetValueOrDefault(ProviderValues.Kind) ?? string.Empty;
        var details = new ProviderDetails(values.GetValueOrDefault(ProviderValues.Name) ?? string.Empty, kind, values.GetValueOrDefault(ProviderValues.State), values.GetValueOrDefault(ProviderValues.Contact));
        if (await providers.UpdateAsync(ProviderFlow.Person(context), id, details, cancellationToken) is not { } entry)
        {
            return "gone";
        }

        values[ProviderValues.KindLabel] = ProviderFlow.KindLabel(context, kinds, entry.Kind);
        values[ProviderValues.StateName] = ProviderFlow.StateName(context, entry.State);
        return null;
    }
}
