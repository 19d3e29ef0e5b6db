namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// A deterministic matcher of free phrasing ("how much can they charge me" → fees) against example phrases per
/// target. See the implementation notes for the scoring rule.
/// </summary>
public sealed class PhraseMatcher
{
    public PhraseMatcher(IEnumerable<(string Target, string Phrase)> phrases) => throw new NotImplementedException();

    /// <summary>The best target for <paramref name="text"/>, or null when none is good enough or two targets tie.</summary>
    public PhraseMatch? Match(string text) => throw new NotImplementedException();
}
