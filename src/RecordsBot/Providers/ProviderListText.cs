using RecordsBot.Bot;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Providers;

/// <summary>
/// A saved list as one message: providers.list.heading, then one numbered line per provider (a markdown list on Web
/// Chat and Teams; plain numbered lines on SMS, where the renderer splits messages longer than the limit between lines).
/// </summary>
public static class ProviderListText
{
    /// <summary>Sends the list as one message of this turn (the topic's own list, and the list to pick from when a letter
    /// or a tracked request names a saved provider).</summary>
    public static Task SendAsync(DialogContext dc, ProviderKinds kinds, IReadOnlyList<ProviderEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, Compose(dc.Environment, dc.ChannelId, kinds, entries)), cancellationToken);
    }

    public static string Compose(DialogEnvironment environment, string? channelId, ProviderKinds kinds, IReadOnlyList<ProviderEntry> entries)
    {
        var texts = environment.Texts;
        var noState = texts.Get(TextKeys.ProvidersListNoState, channelId);
        var lines = entries.Select((entry, i) => texts.Get(entry.Contact is null ? TextKeys.ProvidersListLine : TextKeys.ProvidersListLineWithContact, channelId, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["number"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = entry.Name,
            ["kind"] = texts.Get(kinds.Kind(entry.Kind)?.LabelKey ?? TextKeys.ProvidersKindUnknownLabel, channelId),
            ["state"] = (entry.State is null ? null : UsStateRecognizer.FromCode(entry.State)?.Name) ?? noState,
            ["stateCode"] = entry.State ?? noState,
            ["contact"] = entry.Contact ?? string.Empty,
        }));
        return texts.Get(TextKeys.ProvidersListHeading, channelId) + "\n\n" + string.Join("\n", lines);
    }
}
