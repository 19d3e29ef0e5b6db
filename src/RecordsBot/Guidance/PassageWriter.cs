using RecordsBot.Bot;
using RecordsBot.Dialogs;

namespace RecordsBot.Guidance;

/// <summary>Says passages as one message (split for SMS where needed), each followed by its source, so no legal fact
/// reaches a person without its citation.</summary>
public static class PassageWriter
{
    /// <summary>The text of <paramref name="passages"/> with their sources, on <paramref name="channelId"/>.</summary>
    public static string Compose(DialogEnvironment environment, string? channelId, IEnumerable<Passage> passages) =>
        string.Join("\n\n", passages.Select(p => environment.Texts.Get(TextKeys.KnowledgePassage, channelId, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["text"] = p.Text,
            ["citation"] = p.Citation,
        })));

    public static Task SayAsync(DialogContext dc, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        passages.Count == 0
            ? Task.CompletedTask
            : dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, Compose(dc.Environment, dc.ChannelId, passages)), cancellationToken);
}
