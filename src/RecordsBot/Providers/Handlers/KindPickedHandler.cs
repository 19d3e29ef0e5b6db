using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-kind-picked</c>: after a group's choice of kind, sets what goes with the kind picked; takes
/// exit <c>none</c> when the person picked none.</summary>
public sealed class KindPickedHandler(ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-kind-picked";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        if (kinds.Kind(context.Values.GetValueOrDefault(ProviderValues.Kind)) is not { } kind)
        {
            context.Values.Remove(ProviderValues.Kind);
            return Task.FromResult<string?>(ProviderKindsCheck.None);
        }

        ProviderFlow.UseKind(context, kinds, kind);
        return Task.FromResult<string?>(null);
    }
}
