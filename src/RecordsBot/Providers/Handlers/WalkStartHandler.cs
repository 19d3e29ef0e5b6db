using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-walk-start</c>: the walk (again) from its first group, with every tip unsaid.</summary>
public sealed class WalkStartHandler : IFlowHandler
{
    public const string HandlerName = "providers-walk-start";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        context.Values[ProviderValues.Mode] = ProviderValues.Walk;
        context.Values.Remove(ProviderValues.Group);
        context.Values.Remove(ProviderValues.TipsSaid);
        ProviderFlow.ForgetProvider(context);
        return Task.FromResult<string?>(null);
    }
}
