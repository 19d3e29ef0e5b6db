using RecordsBot.Guidance;

namespace RecordsBot.Providers;

/// <summary>
/// How provider-kinds.yaml names passages to say: a topic tag, which has a dot (<c>providers.hospital</c>: every
/// passage with that tag, in the order of the knowledge file), or a passage id, which has none (<c>portal-apps</c>:
/// just that passage). Knowledge base tags always have a dot; passage ids never do.
/// </summary>
public static class ProviderTips
{
    public static bool IsTag(string reference) => reference.Contains('.', StringComparison.Ordinal);

    /// <summary>The passages <paramref name="reference"/> names; none when nothing has that tag or id.</summary>
    public static IReadOnlyList<Passage> Passages(KnowledgeBase knowledge, string reference) =>
        IsTag(reference) ? knowledge.Tagged(reference) : knowledge.Find(reference) is { } passage ? [passage] : [];
}
