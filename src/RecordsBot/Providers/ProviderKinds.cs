using RecordsBot.Guidance;

namespace RecordsBot.Providers;

/// <summary>
/// Who may hold someone's records, in the order the "Who to contact" walk asks about them, loaded once from
/// <c>dialogs/knowledge/provider-kinds.yaml</c>: groups (one question each) of kinds (stored with each saved provider),
/// their texts by string key and their tips by topic tag or passage id. Checked against the other files at start by
/// <see cref="ProviderKindsCheck"/>.
/// </summary>
public sealed class ProviderKinds(string file, IReadOnlyList<ProviderGroup> groups, IReadOnlyList<string> finish, int finishLine = 1)
{
    public const string FileName = "provider-kinds.yaml";

    private readonly Dictionary<string, ProviderKind> kindsById = groups.SelectMany(g => g.Kinds).ToDictionary(k => k.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ProviderGroup> groupsById = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

    public string File { get; } = file;

    /// <summary>The walk, in order.</summary>
    public IReadOnlyList<ProviderGroup> Groups { get; } = groups;

    /// <summary>Every kind, in the order of the walk.</summary>
    public IEnumerable<ProviderKind> Kinds => Groups.SelectMany(g => g.Kinds);

    /// <summary>The passages said at the end of the walk when the list is not empty (topic tags or passage ids).</summary>
    public IReadOnlyList<string> Finish { get; } = finish;

    public int FinishLine { get; } = finishLine;

    public ProviderKind? Kind(string? id) => id is not null && kindsById.TryGetValue(id, out var kind) ? kind : null;

    public ProviderGroup? Group(string? id) => id is not null && groupsById.TryGetValue(id, out var group) ? group : null;

    public ProviderGroup GroupOf(ProviderKind kind) => groupsById[kind.GroupId];

    /// <summary>The group the walk asks about after <paramref name="groupId"/> (the first one for null), or null at the end.</summary>
    public ProviderGroup? After(string? groupId)
    {
        if (groupId is null)
        {
            return Groups.Count > 0 ? Groups[0] : null;
        }

        var index = Groups.Select(g => g.Id).ToList().IndexOf(groupId);
        return index >= 0 && index + 1 < Groups.Count ? Groups[index + 1] : null;
    }

    /// <summary>Loads <c>{dialogsFolder}/knowledge/provider-kinds.yaml</c>; throws <see cref="KnowledgeLoadException"/>
    /// listing every problem as <c>file:line: what</c>.</summary>
    public static ProviderKinds Load(string dialogsFolder)
    {
        var errors = new List<string>();
        var kinds = ProviderKindsLoader.Load(Path.Combine(dialogsFolder, KnowledgeBase.Folder, FileName), errors);
        return errors.Count > 0 || kinds is null ? throw new KnowledgeLoadException(errors) : kinds;
    }
}
