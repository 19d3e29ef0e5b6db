using System.Text;
using System.Text.RegularExpressions;

namespace RecordsBot.Dialogs.Rendering;

/// <summary>Markdown made plain for SMS, and long texts split into short messages.</summary>
public static partial class PlainText
{
    /// <summary>
    /// Removes markdown: **bold**, __bold__, *emphasis*, `code`, # headings and &gt; quotes lose their marks,
    /// [label](url) becomes "label (url)", list bullets become "- ".
    /// </summary>
    public static string FromMarkdown(string text)
    {
        var result = Link().Replace(text, m => m.Groups["label"].Value == m.Groups["url"].Value ? m.Groups["url"].Value : $"{m.Groups["label"].Value} ({m.Groups["url"].Value})");
        result = Strong().Replace(result, "${inner}");
        result = Emphasis().Replace(result, "${inner}");
        result = result.Replace("`", string.Empty, StringComparison.Ordinal);
        result = LineMarks().Replace(result, string.Empty);
        result = Bullet().Replace(result, "- ");
        return result;
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

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
