using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Forms.Flow;

/// <summary>Reading what people type in the letter flow: word lists of dialogs/, Social Security numbers (refused),
/// and numbers or names picked from a list.</summary>
public static partial class LetterWords
{
    /// <summary>A postal address a letter can be mailed to: it has words and a ZIP code (12345 or 12345-6789).</summary>
    public static bool IsPostalAddress(string text) => text.Any(char.IsLetter) && ZipCode().IsMatch(text);

    /// <summary>A whole Social Security number: 123-45-6789, 123 45 6789, or nine digits in a row.</summary>
    public static bool HasFullSsn(string text) => FullSsn().IsMatch(text);

    /// <summary>Whether the whole reply is one of the words of the list <paramref name="key"/>.</summary>
    public static bool IsOneOf(TextCatalog texts, string key, string? channelId, string reply)
    {
        var normalized = TextNormalizer.Normalize(reply);
        return normalized.Length > 0 && texts.GetList(key, channelId).Any(w => TextNormalizer.Normalize(w) == normalized);
    }

    /// <summary>Whether the reply holds one of the words of the list <paramref name="key"/>, as whole words.</summary>
    public static bool Mentions(TextCatalog texts, string key, string? channelId, string reply)
    {
        var padded = " " + TextNormalizer.Normalize(reply) + " ";
        return texts.GetList(key, channelId).Select(TextNormalizer.Normalize).Any(w => w.Length > 0 && padded.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>The one number in a reply ("3", "#3", "number 3"), or null.</summary>
    public static int? Number(string reply)
    {
        var match = OneNumber().Match(reply);
        return match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// Which of <paramref name="options"/> the reply names, each with its phrases (label and synonyms): the longest phrase
    /// found as whole words wins; null when none fits or two options fit equally well.
    /// </summary>
    public static string? Named(string reply, IEnumerable<(string Option, IEnumerable<string> Phrases)> options)
    {
        var padded = " " + TextNormalizer.Normalize(reply) + " ";
        var best = options
            .Select(o => (o.Option, Length: o.Phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0 && padded.Contains(" " + p + " ", StringComparison.Ordinal)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(o => o.Length > 0)
            .OrderByDescending(o => o.Length)
            .ToList();
        return best.Count == 0 || (best.Count > 1 && best[1].Length == best[0].Length) ? null : best[0].Option;
    }

    [GeneratedRegex(@"(?<!\d)(\d{3}[- .]\d{2}[- .]\d{4}|\d{9})(?!\d)")]
    private static partial Regex FullSsn();

    [GeneratedRegex(@"^\D*?(\d{1,3})\D*$")]
    private static partial Regex OneNumber();

    [GeneratedRegex(@"(?<!\d)\d{5}(-\d{4})?(?!\d)")]
    private static partial Regex ZipCode();
}
