using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The date a person means in free text ("I mailed it last Tuesday", "about two weeks ago", "on March 3rd",
/// "3/4/2026", "yesterday"), relative to their own local today, via Microsoft.Recognizers.Text.DateTime (English).
/// When the text fits several dates (a month and day without a year), the one allowed by <see cref="DateRange"/>
/// closest to today wins (Past: the latest not after today; Future: the earliest not before today; Any: the
/// closest to today). Date ranges ("last week") resolve to their start for Past and Any, their end never.
/// Null when there is no date or none in range.
/// </summary>
public static class DateRecognizer
{
    public static DateOnly? Recognize(string text, DateOnly today, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Noon, so "today" and "yesterday" never slip across midnight in the recognizer's arithmetic.
        var reference = today.ToDateTime(new TimeOnly(12, 0));
        DateOnly? best = null;
        foreach (var candidate in Candidates(DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, reference)))
        {
            var allowed = range switch
            {
                DateRange.Past => candidate <= today,
                DateRange.Future => candidate >= today,
                _ => true,
            };
            if (allowed && (best is null || Distance(candidate, today) < Distance(best.Value, today)
                || (Distance(candidate, today) == Distance(best.Value, today) && candidate < best.Value)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static int Distance(DateOnly date, DateOnly today) => Math.Abs(date.DayNumber - today.DayNumber);

    /// <summary>Every date the results resolve to: dates and date-times as themselves, ranges by their start.</summary>
    private static IEnumerable<DateOnly> Candidates(IEnumerable<ModelResult> results)
    {
        foreach (var result in results)
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw)
                || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            foreach (var value in values)
            {
                var key = value.GetValueOrDefault("type") switch
                {
                    "date" or "datetime" => "value",
                    "daterange" or "datetimerange" => "start",
                    _ => null,
                };
                if (key is not null && value.TryGetValue(key, out var iso) && iso.Length >= 10
                    && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    yield return date;
                }
            }
        }
    }
}
