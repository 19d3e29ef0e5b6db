namespace RecordsBot.Providers;

/// <summary>One kind of provider of dialogs/knowledge/provider-kinds.yaml: its id (stored with each saved provider),
/// its group, the string keys of its label and other words, the passages said after one is added (<see cref="Tips"/>)
/// or at the end of the walk when the list has one (<see cref="EndTips"/>), each a topic tag or a passage id (see
/// <see cref="ProviderTips"/>), and where each key is in the file.</summary>
public sealed record ProviderKind(
    string Id,
    string GroupId,
    string LabelKey,
    string? SynonymsKey,
    IReadOnlyList<string> Tips,
    IReadOnlyList<string> EndTips,
    IReadOnlyDictionary<string, int> Lines);
