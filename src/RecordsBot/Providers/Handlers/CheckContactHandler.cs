using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-check-contact</c>: a skip word ("skip", "don't know") as the way to reach them means none.</summary>
public sealed class CheckContactHandler : IFlowHandler
{
    public const string HandlerName = "providers-check-contact";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        if (ProviderFlow.IsSkip(context, context.Values.GetValueOrDefault(ProviderValues.Contact)))
        {
            context.Values.Remove(ProviderValues.Contact);
        }

        return Task.FromResult<string?>(null);
    }
}
