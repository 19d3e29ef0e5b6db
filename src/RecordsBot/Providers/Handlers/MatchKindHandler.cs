using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Providers.Handlers;

/// <summary>
/// <c>providers-match-kind</c>: reads a kind of provider from the person's words (<c>kindText</c>: a label or other
/// word of any kind in provider-kinds.yaml, "heart doctor", a small slip) and sets what goes with it. Takes exit
/// <c>skip</c> for a skip word, and <c>unknown</c>, with every kind's label in <c>kindList</c>, when no single kind fits.
/// </summary>
public sealed class MatchKindHandler(ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-match-kind";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var text = context.Values.GetValueOrDefault(ProviderValues.KindText) ?? string.Empty;
        if (ProviderFlow.IsSkip(context, text))
        {
            return Task.FromResult<string?>("skip");
        }

        var texts = context.Dialog.Environment.Texts;
        var options = kinds.Kinds.Select(k => new ChoiceOption(
            k.Id,
            texts.Get(k.LabelKey, context.ChannelId),
            k.SynonymsKey is null ? [] : texts.GetList(k.SynonymsKey, context.ChannelId))).ToList();

        // Only words name a kind: "2" here is no answer (the kinds are not shown numbered).
        var id = text.Any(char.IsLetter) ? ChoiceRecognizer.Recognize(text, options) : null;
        if (kinds.Kind(id) is { } kind)
        {
            context.Values.Remove(ProviderValues.KindList);
            ProviderFlow.UseKind(context, kinds, kind);
            return Task.FromResult<string?>(null);
        }

        context.Values[ProviderValues.KindList] = string.Join(", ", options.Select(o => o.Label));
        return Task.FromResult<string?>("unknown");
    }
}
