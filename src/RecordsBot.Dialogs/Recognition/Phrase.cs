namespace RecordsBot.Dialogs.Recognition;

/// <summary>An example phrase of a <see cref="PhraseMatcher"/> target, as its weighted content words.</summary>
internal sealed record Phrase(string Target, string Text, IReadOnlyList<PhraseWord> Words);
