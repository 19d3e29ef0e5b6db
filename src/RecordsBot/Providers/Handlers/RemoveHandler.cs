using System.Globalization;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-remove</c>: removes the saved provider <c>entry</c>; takes exit <c>gone</c> when it was
/// removed meanwhile.</summary>
public sealed class RemoveHandler(IProviderList providers) : IFlowHandler
{
    public const string HandlerName = "providers-remove";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken) =>
        long.TryParse(context.Values.GetValueOrDefault(ProviderValues.Entry), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && await providers.RemoveAsync(ProviderFlow.Person(context), id, cancellationToken)
            ? null
            : "gone";
}
