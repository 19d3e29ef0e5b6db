using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The one US phone number in a reply ("(555) 201-3344", "555.201.3344", "+1 555 201 3344", "my cell is
/// 5552013344"), via Microsoft.Recognizers.Text.Sequence, returned as E.164 ("+15552013344"). Ten digits, or eleven
/// starting with 1. Null for none, more than one, or anything else (too short, international).
/// </summary>
public static class PhoneRecognizer
{
    public static string? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in SequenceRecognizer.RecognizePhoneNumber(text, Culture.English))
        {
            var raw = result.Resolution is not null && result.Resolution.TryGetValue("value", out var value) && value is string s ? s : result.Text;
            numbers.Add(new string([.. raw.Where(char.IsAsciiDigit)]));
        }

        if (numbers.Count != 1)
        {
            return null;
        }

        var digits = numbers.First();
        return digits.Length switch
        {
            10 => "+1" + digits,
            11 when digits[0] == '1' => "+" + digits,
            _ => null,
        };
    }
}
