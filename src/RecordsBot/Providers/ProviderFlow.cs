using RecordsBot.Bot;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Privacy;

namespace RecordsBot.Providers;

/// <summary>What the providers-* handlers share: the person, texts by key, and the values that describe a kind.</summary>
public static class ProviderFlow
{
    public static PersonRef Person(FlowHandlerContext context) => PersonRef.Of(context.Dialog.Context);

    /// <summary>The text of <paramref name="key"/> on this channel with {placeholders} filled as they are, unescaped: it
    /// becomes a value, and values are escaped once when the flow says them.</summary>
    public static string Text(FlowHandlerContext context, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = context.Dialog.Environment.Texts.Get(key, context.ChannelId);
        return values is null ? text : TextCatalog.Fill(text, values);
    }

    /// <summary>Whether the reply means "skip this" (providers.skip.words), whole.</summary>
    public static bool IsSkip(FlowHandlerContext context, string? reply)
    {
        var normalized = TextNormalizer.Normalize(reply ?? string.Empty);
        return normalized.Length == 0
            || context.Dialog.Environment.Texts.GetList(TextKeys.ProvidersSkipWords, context.ChannelId).Any(w => TextNormalizer.Normalize(w) == normalized);
    }

    /// <summary>How a kind is shown; a kind no longer in provider-kinds.yaml shows as providers.kind.unknownLabel.</summary>
    public static string KindLabel(FlowHandlerContext context, ProviderKinds kinds, string? kindId) =>
        Text(context, kinds.Kind(kindId)?.LabelKey ?? TextKeys.ProvidersKindUnknownLabel);

    /// <summary>A state's name ("Ohio"), or providers.list.noState.</summary>
    public static string StateName(FlowHandlerContext context, string? code) =>
        (code is null ? null : UsStateRecognizer.FromCode(code)?.Name) ?? Text(context, TextKeys.ProvidersListNoState);

    /// <summary>Sets the values that go with <paramref name="kind"/>: its id, group, label and the question for a name.</summary>
    public static void UseKind(FlowHandlerContext context, ProviderKinds kinds, ProviderKind kind)
    {
        var values = context.Values;
        values[ProviderValues.Kind] = kind.Id;
        values[ProviderValues.Group] = kind.GroupId;
        values[ProviderValues.KindLabel] = Text(context, kind.LabelKey);
        values[ProviderValues.NameQuestion] = Text(context, kinds.GroupOf(kind).NameKey);
    }

    /// <summary>Forgets the provider in progress (before the next one is asked about).</summary>
    public static void ForgetProvider(FlowHandlerContext context)
    {
        foreach (var name in new[] { ProviderValues.Name, ProviderValues.State, ProviderValues.StateName, ProviderValues.Contact, ProviderValues.Same, ProviderValues.Answer, ProviderValues.Entry })
        {
            context.Values.Remove(name);
        }
    }
}
