using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-kind-picked</c>: after a group's choice of kind, sets what goes with the kind picked; takes
/// exit <c>none</c> when the person picked none, and <c>done</c> when they skip the rest of the walk.</summary>
public sealed class KindPickedHandler(ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-kind-picked";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var picked = context.Values.GetValueOrDefault(ProviderValues.Kind);
        if (kinds.Kind(picked) is not { } kind)
        {
            context.Values.Remove(ProviderValues.Kind);
            return Task.FromResult<string?>(picked == ProviderKindsCheck.Done ? ProviderKindsCheck.Done : ProviderKindsCheck.None);
        }

        ProviderFlow.UseKind(context, kinds, kind);
        return Task.FromResult<string?>(null);
    }
}
