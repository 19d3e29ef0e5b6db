using System.Globalization;
using Microsoft.Recognizers.Text;
using MsNumber = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>A single number in a reply, in digits or words ("3", "three", "twenty five", "1,200"), via
/// Microsoft.Recognizers.Text.Number (English). Null when there is none or more than one different number.</summary>
public static class NumberRecognizer
{
    public static decimal? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numbers = new HashSet<decimal>();
        foreach (var result in MsNumber.RecognizeNumber(text, Culture.English))
        {
            if (result.Resolution is not null && result.Resolution.TryGetValue("value", out var raw)
                && decimal.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
        }

        return numbers.Count == 1 ? numbers.First() : null;
    }
}
