using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The day a person means in free text ("I mailed it last Tuesday", "about two weeks ago", "on March 3rd",
/// "3/4/2026", "yesterday"), relative to their own local today, via Microsoft.Recognizers.Text.DateTime (English).
/// When the text fits several days (a month and day without a year), the one allowed by <see cref="DateRange"/>
/// closest to today wins (Past: the latest not after today; Future: the earliest not before today; Any: the
/// closest to today). A span ("last week", "in 2020", "last month") is not a day: deadlines are counted from a day,
/// so <see cref="Read"/> says it is vague and the person is asked which day.
/// </summary>
public static class DateRecognizer
{
    public static DateOnly? Recognize(string text, DateOnly today, DateRange range) => Read(text, today, range).Date;

    /// <summary>The day, or why there is none: no date at all, only a span, or a day outside the range.</summary>
    public static DateReading Read(string text, DateOnly today, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DateReading(null, DateProblem.NoDate);
        }

        // Noon, so "today" and "yesterday" never slip across midnight in the recognizer's arithmetic.
        var reference = today.ToDateTime(new TimeOnly(12, 0));
        var results = DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, reference);
        var (days, spans) = Candidates(results);
        DateOnly? best = null;
        foreach (var candidate in days)
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

        return best is { } day ? new DateReading(day, DateProblem.None)
            : days.Count > 0 ? new DateReading(null, range == DateRange.Past ? DateProblem.NotYet : DateProblem.AlreadyPast)
            : spans > 0 ? new DateReading(null, DateProblem.Vague)
            : new DateReading(null, DateProblem.NoDate);
    }

    private static int Distance(DateOnly date, DateOnly today) => Math.Abs(date.DayNumber - today.DayNumber);

    /// <summary>Every day the results resolve to (dates and date-times), and how many spans they hold.</summary>
    private static (List<DateOnly> Days, int Spans) Candidates(IEnumerable<ModelResult> results)
    {
        var days = new List<DateOnly>();
        var spans = 0;
        foreach (var value in DateTimeResolutions.Of(results))
        {
            switch (value.GetValueOrDefault("type"))
            {
                case "date" or "datetime" when value.TryGetValue("value", out var iso) && iso.Length >= 10
                    && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    days.Add(date);
                    break;
                case "daterange" or "datetimerange":
                    spans++;
                    break;
            }
        }

        return (days, spans);
    }
}
