using System.Globalization;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-pick</c>: the provider at place <c>number</c> of the saved list, into <c>entry</c> (its id),
/// <c>name</c>, <c>kind</c>, <c>kindLabel</c>, <c>state</c>, <c>stateName</c> and <c>contact</c>; takes exit <c>gone</c>
/// when there is no such place any more (the list changed meanwhile, in another conversation).</summary>
public sealed class PickHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-pick";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var entries = await providers.ListAsync(ProviderFlow.Person(context), cancellationToken);
        if (!decimal.TryParse(values.GetValueOrDefault(ProviderValues.Number), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number) || number < 1 || number > entries.Count)
        {
            return "gone";
        }

        var entry = entries[(int)number - 1];
        values[ProviderValues.Entry] = entry.Id.ToString(CultureInfo.InvariantCulture);
        values[ProviderValues.Name] = entry.Name;
        values[ProviderValues.Kind] = entry.Kind;
        values[ProviderValues.KindLabel] = ProviderFlow.KindLabel(context, kinds, entry.Kind);
        values[ProviderValues.StateName] = ProviderFlow.StateName(context, entry.State);
        Set(ProviderValues.State, entry.State);
        Set(ProviderValues.Contact, entry.Contact);
        return null;

        void Set(string name, string? value)
        {
            if (value is null)
            {
                values.Remove(name);
            }
            else
            {
                values[name] = value;
            }
        }
    }
}
