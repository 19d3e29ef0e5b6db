using RecordsBot.Guidance;

namespace RecordsBot.Forms.Composition;

/// <summary>A legal statement of a letter: the passage it rests on, the sources the letter names, and the number of
/// days it states (when it states one).</summary>
public sealed record LetterSource(string Name, string PassageId, string Cite, int? Days, int Line)
{
    /// <summary>The parts of a citation ("45 CFR 164.524(c)(4); HHS FAQ" has two).</summary>
    public static IReadOnlyList<string> Parts(string citation) =>
        citation.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What is wrong between this statement and <paramref name="passage"/> (null when it is missing).</summary>
    public IEnumerable<string> ProblemsWith(Passage? passage)
    {
        if (passage is null)
        {
            yield return $"statement '{Name}' rests on passage '{PassageId}', which is not in {KnowledgeBase.Folder}/{KnowledgeBase.PassagesFile}.";
            yield break;
        }

        var known = Parts(passage.Citation);
        foreach (var part in Parts(Cite).Where(p => !known.Contains(p, StringComparer.Ordinal)))
        {
            yield return $"statement '{Name}' cites '{part}', which is not among the citations of passage '{PassageId}' ({passage.Citation}).";
        }

        if (passage.Unsure)
        {
            yield return $"statement '{Name}' rests on passage '{PassageId}', which is marked unsure: letters state only facts the sources confirm.";
        }

        if (Days is { } days && !passage.Text.Contains($"{days} days", StringComparison.Ordinal))
        {
            yield return $"statement '{Name}' states {days} days, but passage '{PassageId}' does not say '{days} days'.";
        }
    }
}
