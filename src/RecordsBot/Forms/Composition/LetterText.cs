using System.Globalization;
using System.Text;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Forms.Composition;

/// <summary>Helpers for the texts a letter prints: what the person typed, tidied but never escaped; dates as people
/// read them; the letter's sentences from dialogs/ with their placeholders filled verbatim.</summary>
public static class LetterText
{
    /// <summary>The person's text as it will print: Unicode-composed (so "N" + combining tilde is "Ñ"), line breaks
    /// as \n, tabs and other control characters as spaces, runs of spaces on a line made one, lines trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c == '\n')
            {
                builder.Append(c);
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                // Invisible marks (zero-width space, byte order mark, soft hyphen) print as nothing.
                continue;
            }
            else
            {
                builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            }
        }

        var lines = builder.ToString().Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>The lines of an address (or any text the person broke into lines, or separated with semicolons).</summary>
    public static IReadOnlyList<string> Lines(string? text) => Clean(text).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The person's text on one line: its lines joined with ", " (or a space after a line that ends in a comma).</summary>
    public static string OneLine(string? text)
    {
        var lines = Lines(text);
        return string.Concat(lines.Select((line, i) => i == 0 ? line : (lines[i - 1].EndsWith(',') ? " " : ", ") + line));
    }

    /// <summary>"November 25, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of <paramref name="key"/> (never its SMS version) with its placeholders filled as given.</summary>
    public static string Get(TextCatalog texts, string key, params (string Name, string Value)[] values) =>
        TextCatalog.Fill(texts.Get(key, null), values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
