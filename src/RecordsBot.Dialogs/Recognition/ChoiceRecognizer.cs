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
    public static string? Recognize(string text, IReadOnlyList<ChoiceOption> options) => Recognize(text, options, exactly: false);

    /// <summary>Only what names one option outright: its number, its label or a synonym (punctuation and case ignored),
    /// or its value; not a label inside a longer reply, nor a close spelling. A button's text is such a reply, even
    /// one shaped like a question ("What ID to bring").</summary>
    public static string? RecognizeExactly(string text, IReadOnlyList<ChoiceOption> options) => Recognize(text, options, exactly: true);

    private static string? Recognize(string text, IReadOnlyList<ChoiceOption> options, bool exactly)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var words = TextNormalizer.Words(text);
        if (words.Count == 0 || options.Count == 0)
        {
            return null;
        }

        var reply = string.Join(' ', words);
        if (ChoiceNumber.Parse(words) is { } number)
        {
            // A reply that is only a number means that number; out of range it picks nothing.
            return number >= 1 && number <= options.Count ? options[number - 1].Value : null;
        }

        var steps = new Func<ChoiceOption, bool>[]
        {
            option => Names(option).Contains(reply),
            option => TextNormalizer.Normalize(option.Value) == reply
                || string.Equals(option.Value.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase),
            option => Names(option).Any(name => $" {reply} ".Contains($" {name} ", StringComparison.Ordinal)),
            option => Names(option).Any(name => Fuzzy.IsClose(reply, name)),
        };

        foreach (var fits in exactly ? steps[..2] : steps)
        {
            var picked = options.Where(fits).Select(option => option.Value).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (picked.Count > 0)
            {
                return picked.Count == 1 ? picked[0] : null;
            }
        }

        return null;
    }

    /// <summary>How many options a reply names as whole words (by label or synonym): more than one means the reply is
    /// about the choices but does not pick one ("rights and fees").</summary>
    public static int Mentioned(string text, IReadOnlyList<ChoiceOption> options)
    {
        var reply = $" {TextNormalizer.Normalize(text)} ";
        return options.Count(option => Names(option).Any(name => reply.Contains($" {name} ", StringComparison.Ordinal)));
    }

    /// <summary>The label and synonyms of an option, normalized, without empty ones.</summary>
    private static IEnumerable<string> Names(ChoiceOption option) =>
        option.Synonyms.Prepend(option.Label).Select(TextNormalizer.Normalize).Where(name => name.Length > 0);
}
