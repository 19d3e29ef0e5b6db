namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// A deterministic matcher of free phrasing ("how much can they charge me" → fees) against example phrases per
/// target. The scoring rule: text and phrases are normalized (<see cref="TextNormalizer"/>), a small built-in list
/// of English stop words ("a", "the", "i", "my", "can", "do", "to", "get"...) is dropped from the phrases, and words
/// are lightly stemmed (plural "s"/"es"/"ies", "ed", "ing" and a final "e" are cut while at least three letters
/// remain). A phrase matches when every one of its content words is in the text, as the same stem or, for phrase
/// words of five letters or more, as a close spelling (<see cref="Fuzzy.IsClose"/>); phrases without content words
/// are ignored. A matching phrase scores the sum, over its words, of ln(1 + T / t), where T is the number of targets
/// and t the number of targets with a phrase containing that stem, so words specific to one target weigh more and
/// longer matching phrases score more. A target scores its best phrase; the best target wins, and when the two best
/// different targets score the same the text is ambiguous and nothing matches.
/// </summary>
public sealed class PhraseMatcher
{
    /// <summary>Scores are sums of logarithms; equal sums may differ in the last bits.</summary>
    private const double Tolerance = 1e-9;

    private readonly List<Phrase> examples = [];

    public PhraseMatcher(IEnumerable<(string Target, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var parsed = new List<(string Target, string Text, IReadOnlyList<(string Word, string Stem)> Words)>();
        foreach (var (target, phrase) in phrases)
        {
            ArgumentNullException.ThrowIfNull(target);
            ArgumentNullException.ThrowIfNull(phrase);
            var words = PhraseWords.Of(phrase);
            if (words.Count > 0)
            {
                parsed.Add((target, phrase, words));
            }
        }

        var targetCount = parsed.Select(p => p.Target).Distinct(StringComparer.Ordinal).Count();
        var targetsPerStem = parsed
            .SelectMany(p => p.Words.Select(w => (w.Stem, p.Target)))
            .Distinct()
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        foreach (var (target, text, words) in parsed)
        {
            var weighted = words
                .DistinctBy(w => w.Stem, StringComparer.Ordinal)
                .Select(w => new PhraseWord(w.Word, w.Stem, Math.Log(1 + (double)targetCount / targetsPerStem[w.Stem])))
                .ToList();
            examples.Add(new Phrase(target, text, weighted));
        }
    }

    /// <summary>The best target for <paramref name="text"/>, or null when none is good enough or two targets tie.</summary>
    public PhraseMatch? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = PhraseWords.Of(text);
        if (words.Count == 0)
        {
            return null;
        }

        // The best phrase of each target, in the order targets were first given, so the result never depends on
        // hashing; the first best phrase of a target is kept when several score the same.
        var best = new List<PhraseMatch>();
        foreach (var phrase in examples)
        {
            if (!phrase.Words.All(word => words.Any(typed => word.Fits(typed.Word, typed.Stem))))
            {
                continue;
            }

            var score = phrase.Words.Sum(word => word.Weight);
            var index = best.FindIndex(m => m.Target == phrase.Target);
            if (index < 0)
            {
                best.Add(new PhraseMatch(phrase.Target, phrase.Text, score));
            }
            else if (score > best[index].Score + Tolerance)
            {
                best[index] = new PhraseMatch(phrase.Target, phrase.Text, score);
            }
        }

        if (best.Count == 0)
        {
            return null;
        }

        var ranked = best.OrderByDescending(m => m.Score).ToList();
        return ranked.Count > 1 && ranked[0].Score - ranked[1].Score <= Tolerance ? null : ranked[0];
    }
}
