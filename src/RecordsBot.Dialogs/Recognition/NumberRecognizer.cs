using System.Globalization;
using Microsoft.Recognizers.Text;
using MsNumber = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>A single number in a reply, in digits or words ("3", "three", "twenty five", "1,200"), or an ordinal
/// ("the second one", "3rd") via Microsoft.Recognizers.Text.Number (English). Null when there is none or more than one
/// different number.</summary>
public static class NumberRecognizer
{
    public static decimal? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numbers = Values(MsNumber.RecognizeNumber(text, Culture.English)).ToList();

        // "The second one": the ordinal is the number, and "one" only stands for the thing picked.
        var ordinals = Values(MsNumber.RecognizeOrdinal(text, Culture.English)).ToList();
        if (ordinals.Count > 0)
        {
            numbers = numbers.Where(n => n.Text.Trim().ToLowerInvariant() != "one").Concat(ordinals).ToList();
        }

        var distinct = numbers.Select(n => n.Value).Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static IEnumerable<(string Text, decimal Value)> Values(IEnumerable<ModelResult> results)
    {
        foreach (var result in results)
        {
            if (result.Resolution is not null && result.Resolution.TryGetValue("value", out var raw)
                && decimal.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                yield return (result.Text, number);
            }
        }
    }
}
