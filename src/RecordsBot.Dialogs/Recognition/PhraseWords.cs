namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The content words of a phrase for <see cref="PhraseMatcher"/>: normalized words without a small list of English
/// stop words, each with a light stem (plural "s"/"es"/"ies", "ed", "ing", then a final "e", each only while at
/// least three letters remain), so "charges", "charged" and "charge" share the stem "charg".
/// </summary>
internal static class PhraseWords
{
    /// <summary>Words too common to tell targets apart. Content words such as "died", "charge", "much", "long" or
    /// "records" are deliberately not here.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "im", "me", "my", "we", "us", "our", "you", "your", "can", "could", "would", "will",
        "do", "does", "did", "to", "of", "for", "in", "on", "at", "is", "are", "am", "be", "it", "its", "get", "and",
        "or", "please", "this", "that",
    };

    private const int MinStem = 3;

    /// <summary>The content words of <paramref name="text"/>, each as (normalized word, stem), in order.</summary>
    public static IReadOnlyList<(string Word, string Stem)> Of(string text) =>
        [.. TextNormalizer.Words(text).Where(word => !StopWords.Contains(word)).Select(word => (word, Stem(word)))];

    public static string Stem(string word)
    {
        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length - 3 >= MinStem)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal) || stem.EndsWith("xes", StringComparison.Ordinal)
            || stem.EndsWith("ches", StringComparison.Ordinal) || stem.EndsWith("shes", StringComparison.Ordinal))
        {
            stem = Strip(stem, 2);
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal)
            && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = Strip(stem, 1);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = Strip(stem, 2);
        }
        else if (stem.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = Strip(stem, 3);
        }

        return stem.EndsWith('e') ? Strip(stem, 1) : stem;
    }

    /// <summary>The word without its last <paramref name="count"/> letters, or the word itself when too little would remain.</summary>
    private static string Strip(string word, int count) => word.Length - count >= MinStem ? word[..^count] : word;
}
