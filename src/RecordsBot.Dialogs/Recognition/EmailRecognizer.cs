using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>The one email address in a reply ("it's Jane.Doe@Example.org"), via Microsoft.Recognizers.Text.Sequence,
/// returned trimmed with the domain lower-cased. Null when there is none or more than one.</summary>
public static class EmailRecognizer
{
    public static string? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in SequenceRecognizer.RecognizeEmail(text, Culture.English))
        {
            var email = Original(text, result).Trim();
            var at = email.LastIndexOf('@');
            if (at > 0 && at < email.Length - 1)
            {
                emails.Add(string.Concat(email.AsSpan(0, at + 1), email[(at + 1)..].ToLowerInvariant()));
            }
        }

        return emails.Count == 1 ? emails.First() : null;
    }

    /// <summary>The address as typed: the recognizer lower-cases everything, but only the domain may be.</summary>
    private static string Original(string text, ModelResult result)
    {
        var length = result.End - result.Start + 1;
        return result.Start >= 0 && length > 0 && result.Start + length <= text.Length
            && string.Equals(text.Substring(result.Start, length), result.Text, StringComparison.OrdinalIgnoreCase)
            ? text.Substring(result.Start, length)
            : result.Text;
    }
}
