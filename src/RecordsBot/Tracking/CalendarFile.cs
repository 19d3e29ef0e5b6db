using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RecordsBot.Tracking;

/// <summary>A request's due date as an iCalendar file: one all-day event on the date, titled with
/// <paramref name="summary"/> only (no health details beyond the provider's name).</summary>
public static class CalendarFile
{
    public const string ContentType = "text/calendar";

    public static string Write(long requestId, DateOnly due, string summary, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//RecordsBot//Tracked requests//EN" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"tracked-request-{requestId}@recordsbot",
            Summary = summary,
            DtStart = new CalDateTime(due),
            DtEnd = new CalDateTime(due.AddDays(1)),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Transparency = TransparencyType.Transparent,
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
