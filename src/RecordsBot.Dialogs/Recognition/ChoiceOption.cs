namespace RecordsBot.Dialogs.Recognition;

/// <summary>One option of a choice: the value stored when it is picked, the label shown, and other words for it.</summary>
public sealed record ChoiceOption(string Value, string Label, IReadOnlyList<string> Synonyms);
