using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Guidance;

/// <summary>
/// The <c>fees-state</c> handler: sets <c>stateName</c> from the flow's <c>state</c> code, and takes exit
/// <c>federal-only</c> when the state-rules table has nothing for that state (only HIPAA's floor applies there).
/// </summary>
public sealed class FeesStateHandler(KnowledgeBase knowledge) : IFlowHandler
{
    public string Name => "fees-state";

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var code = context.Values.GetValueOrDefault("state") ?? string.Empty;
        context.Values["stateName"] = UsStateRecognizer.FromCode(code)?.Name ?? code;
        return Task.FromResult(knowledge.RulesFor(code) is null || code == FederalRules.Code ? "federal-only" : null);
    }
}
