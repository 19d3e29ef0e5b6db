using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Providers;

/// <summary>
/// The kind of provider a name says, as a group of provider-kinds.yaml: a kind's label or synonym contained as whole
/// words ("Mercy Hospital", "Quest Labs", "Hill Country Family Medicine"). Null when the name says none, or names kinds
/// of several groups: a law about one kind of provider is then not assumed to be about this one.
/// </summary>
public sealed class ProviderKindReader
{
    private readonly Lazy<IReadOnlyList<(string Group, string Name)>> names;

    public ProviderKindReader(ProviderKinds kinds, TextCatalog texts)
        : this(kinds, new Lazy<TextCatalog>(texts))
    {
    }

    /// <summary>The texts come late: the flows' handlers, which the dialog catalog is checked against, use this reader.</summary>
    public ProviderKindReader(ProviderKinds kinds, Lazy<TextCatalog> texts)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(texts);
        names = new(() => [.. kinds.Kinds
            .SelectMany(kind => (kind.SynonymsKey is null ? [] : texts.Value.GetList(kind.SynonymsKey, null))
                .Prepend(texts.Value.Get(kind.LabelKey, null))
                .Select(name => (kind.GroupId, TextNormalizer.Normalize(name))))
            .Where(n => n.Item2.Any(char.IsLetter))]);
    }

    public string? GroupIn(string? providerName)
    {
        if (string.IsNullOrWhiteSpace(providerName))
        {
            return null;
        }

        var text = $" {TextNormalizer.Normalize(providerName)} ";
        var groups = names.Value.Where(n => text.Contains($" {n.Name} ", StringComparison.Ordinal)).Select(n => n.Group).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return groups.Count == 1 ? groups[0] : null;
    }
}
