namespace RecordsBot.Dialogs.Recognition;

/// <summary>The words that mean yes and no (from dialogs/strings: confirm.yes.words and confirm.no.words).</summary>
public sealed record ConfirmWords(IReadOnlyList<string> Yes, IReadOnlyList<string> No);
