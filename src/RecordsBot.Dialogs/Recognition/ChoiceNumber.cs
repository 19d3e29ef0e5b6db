using System.Globalization;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// An option number given as the whole reply: "2", "2.", "#2", "two", "second", "2nd", "the second one",
/// "number 2", "option two". Works on normalized words, so "#" and "." are already gone.
/// </summary>
internal static class ChoiceNumber
{
    private static readonly string[] Cardinals =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ];

    private static readonly string[] Lead = ["the", "number", "option", "choice"];

    public static int? Parse(IReadOnlyList<string> words)
    {
        var start = 0;
        var end = words.Count;
        while (start < end - 1 && Lead.Contains(words[start]))
        {
            start++;
        }

        // "the second one", "option 2 please" is not a number reply; only "one"/"option" may follow.
        while (end - 1 > start && words[end - 1] is "one" or "option" or "choice")
        {
            end--;
        }

        return end - start == 1 ? ParseWord(words[start]) : null;
    }

    private static int? ParseWord(string word)
    {
        if (word.Length <= 3 && word.All(char.IsAsciiDigit))
        {
            return int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal)
                && word[..^suffix.Length] is { Length: <= 3 } digits && digits.All(char.IsAsciiDigit))
            {
                return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        var cardinal = Array.IndexOf(Cardinals, word);
        if (cardinal >= 0)
        {
            return cardinal;
        }

        var ordinal = Array.IndexOf(Ordinals, word);
        return ordinal >= 0 ? ordinal : null;
    }
}
