using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-same-state</c>: after "is it in Ohio too?", yes keeps the state offered as the provider's;
/// otherwise takes exit <c>ask</c>.</summary>
public sealed class SameStateHandler : IFlowHandler
{
    public const string HandlerName = "providers-same-state";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.GetValueOrDefault(ProviderValues.Same) == ConfirmPrompt.Yes && values.GetValueOrDefault(ProviderValues.LastState) is { } last)
        {
            values[ProviderValues.State] = last;
            return Task.FromResult<string?>(null);
        }

        values.Remove(ProviderValues.State);
        return Task.FromResult<string?>("ask");
    }
}
