namespace RecordsBot.Providers;

/// <summary>One question of the walk (dialogs/knowledge/provider-kinds.yaml): the string keys that open it
/// (<see cref="AskKey"/>), follow each provider added (<see cref="MoreKey"/>), ask a provider's name, and optionally
/// its state; and its kinds. A group with several kinds asks which one instead of yes or no.</summary>
public sealed record ProviderGroup(
    string Id,
    string AskKey,
    string MoreKey,
    string NameKey,
    string? StateKey,
    string? SameStateKey,
    IReadOnlyList<ProviderKind> Kinds,
    IReadOnlyDictionary<string, int> Lines)
{
    public bool AsksWhichKind => Kinds.Count > 1;
}
