using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-end-tips</c>: at the end of the walk, says the passages of provider-kinds.yaml's
/// <c>finish</c> and the <c>endTip</c> of each kind on the list (a portal, Medicare's own tools), each once.</summary>
public sealed class EndTipsHandler(IProviderList providers, ProviderKinds kinds, KnowledgeBase knowledge) : IFlowHandler
{
    public const string HandlerName = "providers-end-tips";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var entries = await providers.ListAsync(ProviderFlow.Person(context), cancellationToken);
        if (entries.Count == 0)
        {
            return null;
        }

        var references = kinds.Finish.Concat(entries.SelectMany(e => kinds.Kind(e.Kind)?.EndTips ?? []));
        await TipHandler.SayOnceAsync(context, knowledge, references, cancellationToken);
        return null;
    }
}
