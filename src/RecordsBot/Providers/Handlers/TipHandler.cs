using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-tip</c>: after a provider is added, says the passages of its kind's tip, with their sources,
/// leaving out those said already in this topic (<c>tipsSaid</c>, passage ids).</summary>
public sealed class TipHandler(ProviderKinds kinds, KnowledgeBase knowledge) : IFlowHandler
{
    public const string HandlerName = "providers-tip";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        if (kinds.Kind(context.Values.GetValueOrDefault(ProviderValues.Kind)) is { } kind)
        {
            await SayOnceAsync(context, knowledge, kind.Tips, cancellationToken);
        }

        return null;
    }

    /// <summary>Says, each with its source, the passages <paramref name="references"/> name (topic tags or passage ids)
    /// that were not said yet in this topic; remembers them in <c>tipsSaid</c>.</summary>
    internal static async Task SayOnceAsync(FlowHandlerContext context, KnowledgeBase knowledge, IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var said = (context.Values.GetValueOrDefault(ProviderValues.TipsSaid) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var fresh = references.SelectMany(r => ProviderTips.Passages(knowledge, r)).DistinctBy(p => p.Id).Where(p => !said.Contains(p.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        // One message per passage: on SMS a long passage is split, and its source then starts the next message, which
        // must not be another passage's.
        foreach (var passage in fresh)
        {
            await PassageWriter.SayAsync(context.Dialog, [passage], cancellationToken);
        }

        context.Values[ProviderValues.TipsSaid] = string.Join(' ', said.Concat(fresh.Select(p => p.Id)));
    }
}
