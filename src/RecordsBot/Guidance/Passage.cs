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
    int Line);
