using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The time of day a person means ("9am", "at 5:30 pm", "noon", "17:00", "half past six in the evening"), via
/// Microsoft.Recognizers.Text.DateTime (English). A time that could be morning or evening ("at 9") or several
/// different times in one reply give null, so the person is asked to say which.
/// </summary>
public static class TimeRecognizer
{
    public static TimeOnly? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var times = new HashSet<TimeOnly>();
        foreach (var value in DateTimeResolutions.Of(DateTimeRecognizer.RecognizeDateTime(text, Culture.English)))
        {
            if (value.GetValueOrDefault("type") == "time" && value.TryGetValue("value", out var iso)
                && TimeOnly.TryParseExact(iso, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                times.Add(time);
            }
        }

        return times.Count == 1 ? times.Single() : null;
    }
}
