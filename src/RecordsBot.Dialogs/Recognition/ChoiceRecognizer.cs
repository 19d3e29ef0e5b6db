namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// Which option a reply picks. Accepted, in this order: the option's number as digits ("2", "2.", "#2") or
/// words ("two", "the second one", "second"); the label or a synonym, any case, punctuation and extra spaces
/// ignored; the option's value; a label or synonym contained as whole words in a longer reply ("I want fees and
/// deadlines please") when exactly one option is contained; a close spelling of a label or synonym (Damerau-Levenshtein
/// distance at most 1 for 4-7 letters, 2 for 8+ letters, compared on normalized text) when exactly one option is
/// that close. Returns null when nothing or more than one option fits.
/// </summary>
public static class ChoiceRecognizer
{
    public static string? Recognize(string text, IReadOnlyList<ChoiceOption> options) => throw new NotImplementedException();
}
