using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace RecordsBot.Recognition;

/// <summary>
/// Finds the date a person means in free text ("I mailed it last Tuesday", "about two weeks ago", "on March 3rd"),
/// relative to their own local today. When the text fits several dates (a month and day without a year), the
/// latest one not after today wins: people tell us when something already happened.
/// </summary>
public static class PastDateRecognizer
{
    public static DateOnly? Recognize(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = today.ToDateTime(new TimeOnly(12, 0));
        var results = DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, reference);

        DateOnly? best = null;
        foreach (var result in results)
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            foreach (var value in values)
            {
                if (!value.TryGetValue("type", out var type) || type is not ("date" or "datetime"))
                {
                    continue;
                }

                if (value.TryGetValue("value", out var text10) && text10.Length >= 10
                    && DateOnly.TryParseExact(text10[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && date <= today && (best is null || date > best))
                {
                    best = date;
                }
            }
        }

        return best;
    }
}
