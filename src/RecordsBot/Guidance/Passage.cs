namespace RecordsBot.Guidance;

/// <summary>One fact from <c>dialogs/knowledge/passages.en-US.yaml</c>: plain-language text, the legal source it comes
/// from, and the topic tags flows and search find it by.</summary>
public sealed record Passage(
    string Id,
    IReadOnlyList<string> Topics,
    string Citation,
    IReadOnlyList<string> Keywords,
    bool Unsure,
    string Text,
    int Line)
{
    /// <summary>Whether the passage is mainly about <paramref name="topic"/>: its first tag.</summary>
    public bool IsMainlyAbout(string topic) => string.Equals(Topics[0], topic, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the passage is tagged <paramref name="topic"/>.</summary>
    public bool Has(string topic) => Topics.Contains(topic, StringComparer.OrdinalIgnoreCase);
}
