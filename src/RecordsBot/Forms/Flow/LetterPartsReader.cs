using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Forms.Flow;

/// <summary>The parts of the record a reply names: numbers 1 to 5 in the order of <see cref="RecordPart"/>, and names
/// or synonyms (letter.part.*) as whole words. Null when it names a number outside the list.</summary>
public static partial class LetterPartsReader
{
    public static IReadOnlyList<RecordPart>? Read(TextCatalog texts, string? channelId, string reply)
    {
        var all = Enum.GetValues<RecordPart>();
        var parts = new List<RecordPart>();
        foreach (Match number in Numbers().Matches(reply))
        {
            var n = int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (n < 1 || n > all.Length)
            {
                return null;
            }

            parts.Add(all[n - 1]);
        }

        var padded = " " + TextNormalizer.Normalize(reply) + " ";
        foreach (var part in all)
        {
            var phrases = texts.GetList(LetterTextKeys.PartSynonyms(part), channelId).Append(texts.Get(LetterTextKeys.PartLabel(part), channelId));
            if (phrases.Select(TextNormalizer.Normalize).Any(p => p.Length > 0 && padded.Contains(" " + p + " ", StringComparison.Ordinal)))
            {
                parts.Add(part);
            }
        }

        return parts.Distinct().Order().ToList();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
