namespace RecordsBot.Dialogs.Recognition;

/// <summary>A content word of a <see cref="PhraseMatcher"/> phrase with its weight.</summary>
internal sealed record PhraseWord(string Word, string Stem, double Weight)
{
    /// <summary>Phrase words at least this long also match a close spelling.</summary>
    private const int MinFuzzyLength = 5;

    public bool Fits(string typedWord, string typedStem) =>
        typedStem == Stem || (Word.Length >= MinFuzzyLength && Fuzzy.IsClose(typedWord, Word));
}
