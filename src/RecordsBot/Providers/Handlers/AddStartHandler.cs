using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-add-start</c>: adding one provider from the list (not the walk): after it is saved, the list
/// comes back.</summary>
public sealed class AddStartHandler : IFlowHandler
{
    public const string HandlerName = "providers-add-start";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        context.Values[ProviderValues.Mode] = ProviderValues.Add;
        context.Values.Remove(ProviderValues.Kind);
        ProviderFlow.ForgetProvider(context);
        return Task.FromResult<string?>(null);
    }
}
