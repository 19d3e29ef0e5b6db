namespace RecordsBot.Dialogs.Recognition;

/// <summary>The target (for example a flow id) that a phrase picked, the phrase, and its score.</summary>
public sealed record PhraseMatch(string Target, string Phrase, double Score);
