using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-no-state</c>: the provider in progress goes on without a state (no state was understood).</summary>
public sealed class NoStateHandler : IFlowHandler
{
    public const string HandlerName = "providers-no-state";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        context.Values.Remove(ProviderValues.State);
        return Task.FromResult<string?>(null);
    }
}
