using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-check-name</c>: takes exit <c>skip</c> when the name given is a skip word ("skip", "none",
/// "don't know"), so nobody ends up on the list as "skip".</summary>
public sealed class CheckNameHandler : IFlowHandler
{
    public const string HandlerName = "providers-check-name";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderFlow.IsSkip(context, context.Values.GetValueOrDefault(ProviderValues.Name)) ? "skip" : null);
}
