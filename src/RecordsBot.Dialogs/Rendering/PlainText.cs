using System.Text;
using System.Text.RegularExpressions;

namespace RecordsBot.Dialogs.Rendering;

/// <summary>Markdown made plain for SMS, and long texts split into short messages.</summary>
public static partial class PlainText
{
    /// <summary>The characters <see cref="EscapeMarkdown"/> escapes: the ones that make emphasis, code, links and HTML.</summary>
    private const string Escaped = "\\*`[]<>";

    /// <summary>First of the private-use characters that stand for escaped characters while markdown is removed.</summary>
    private const char Shelter = '\uE000';

    /// <summary>
    /// What a person typed, made safe to put into a markdown text: the characters that would make emphasis, code,
    /// links or HTML get a backslash, so "**Bob** [x](javascript:…)" shows as typed instead of as bold and a link.
    /// </summary>
    public static string EscapeMarkdown(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Removes markdown: **bold**, __bold__, *emphasis*, `code`, # headings and &gt; quotes lose their marks,
    /// [label](url) becomes "label (url)", list bullets become "- ", and escaped characters (\*) become themselves.
    /// </summary>
    public static string FromMarkdown(string text)
    {
        // Escaped characters are sheltered first, so an escaped * is never taken for emphasis.
        var result = EscapedCharacter().Replace(text, m => ((char)(Shelter + Escaped.IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal))).ToString());
        result = Link().Replace(result, m => m.Groups["label"].Value == m.Groups["url"].Value ? m.Groups["url"].Value : $"{m.Groups["label"].Value} ({m.Groups["url"].Value})");
        result = Strong().Replace(result, "${inner}");
        result = Emphasis().Replace(result, "${inner}");
        result = result.Replace("`", string.Empty, StringComparison.Ordinal);
        result = LineMarks().Replace(result, string.Empty);
        result = Bullet().Replace(result, "- ");
        return Sheltered().Replace(result, m => Escaped[m.Value[0] - Shelter].ToString());
    }

    /// <summary>Splits <paramref name="text"/> into messages of at most <paramref name="max"/> characters, keeping
    /// paragraphs, then sentences, then words together where they fit.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 20);
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Pieces(text.Trim(), max))
        {
            var separator = current.Length == 0 ? string.Empty : piece.Separator;
            if (current.Length + separator.Length + piece.Text.Length > max)
            {
                Flush();
                separator = string.Empty;
            }

            current.Append(separator).Append(piece.Text);
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
        }
    }

    /// <summary>The units that may not be cut, each with the separator that goes before it when joined.</summary>
    private static IEnumerable<(string Text, string Separator)> Pieces(string text, int max)
    {
        foreach (var line in text.Split('\n'))
        {
            var lineText = line.TrimEnd();
            var first = true;
            foreach (var sentence in lineText.Length <= max ? [lineText] : SentenceEnd().Split(lineText))
            {
                foreach (var chunk in sentence.Length <= max ? [sentence] : Words(sentence, max))
                {
                    yield return (chunk, first ? "\n" : " ");
                    first = false;
                }
            }
        }
    }

    private static IEnumerable<string> Words(string sentence, int max)
    {
        var current = new StringBuilder();
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var w = word; w.Length > 0;)
            {
                var room = current.Length == 0 ? max : max - current.Length - 1;
                if (w.Length <= room)
                {
                    current.Append(current.Length == 0 ? string.Empty : " ").Append(w);
                    break;
                }

                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                    continue;
                }

                yield return w[..max];
                w = w[max..];
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    [GeneratedRegex(@"\\([\\*`\[\]<>])")]
    private static partial Regex EscapedCharacter();

    [GeneratedRegex("[\uE000-\uE006]")]
    private static partial Regex Sheltered();

    [GeneratedRegex(@"\[(?<label>[^\]]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<inner>\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?<inner>\S(?:[^*]*?\S)?)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[ \t]*(#{1,6}|>)[ \t]*", RegexOptions.Multiline)]
    private static partial Regex LineMarks();

    [GeneratedRegex(@"^[ \t]*[*+•][ \t]+", RegexOptions.Multiline)]
    private static partial Regex Bullet();

    /// <summary>Where a sentence ends: after . ! or ? and before what starts a sentence (a capital, a digit, a quote).
    /// So "(Source: 42 Pa.C.S. §6152)" stays with the sentence before it, and an abbreviation is not an end.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'])")]
    private static partial Regex SentenceEnd();
}
