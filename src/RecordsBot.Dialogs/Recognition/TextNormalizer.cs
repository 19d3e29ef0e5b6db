using System.Globalization;
using System.Text;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// One normal form for comparing what people type: lower case, accents removed (NFD, drop non-spacing marks),
/// typographic quotes made plain, every run of characters that are not letters, digits or apostrophes made one
/// space, apostrophes dropped ("don't" → "dont"), trimmed.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsApostrophe(c))
            {
                // Accents and apostrophes (plain or typographic) vanish without splitting the word: "don’t" → "dont".
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of <see cref="Normalize"/>.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }

    // Typographic double quotes are made plain too, but a plain double quote is not a letter, digit or apostrophe,
    // so it becomes a space like any other punctuation.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '`' or '\u00B4';
}
