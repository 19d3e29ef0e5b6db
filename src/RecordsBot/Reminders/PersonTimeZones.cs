using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace RecordsBot.Reminders;

/// <summary>
/// The person's time zone for check-ins: the IANA zone the channel reports (Web Chat's <c>localTimezone</c>, Teams'
/// <c>clientInfo</c> entity), else the offset of their <c>localTimestamp</c>, else the app's default
/// (<c>RecordsBot:DefaultTimeZone</c>); the same order as the dialog engine's, plus Teams' entity. Stored as an IANA id
/// or a fixed offset ("-05:00").
/// </summary>
public static class PersonTimeZones
{
    public static TimeZoneInfo Of(ITurnContext turn, TimeZoneInfo defaultZone)
    {
        var activity = turn.Activity;
        if (!string.IsNullOrWhiteSpace(activity.LocalTimezone) && TimeZoneInfo.TryFindSystemTimeZoneById(activity.LocalTimezone, out var zone))
        {
            return zone;
        }

        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        if (clientInfo?.Properties?["timezone"] is JValue { Type: JTokenType.String } value
            && TimeZoneInfo.TryFindSystemTimeZoneById((string)value!, out var teamsZone))
        {
            return teamsZone;
        }

        if (activity.LocalTimestamp is { } local)
        {
            return TimeZoneInfo.CreateCustomTimeZone("offset" + FormatOffset(local.Offset), local.Offset, null, null);
        }

        return defaultZone;
    }

    /// <summary>How a zone is stored: its IANA id, or its fixed offset when the channel gave only an offset.</summary>
    public static string IdOf(TimeZoneInfo zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone.Id, out _) ? zone.Id : FormatOffset(zone.BaseUtcOffset);

    /// <summary>The zone stored as <paramref name="id"/>, or <paramref name="fallback"/> when it is not one.</summary>
    public static TimeZoneInfo FromId(string? id, TimeZoneInfo fallback)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return fallback;
        }

        if (id[0] is '+' or '-' && TimeSpan.TryParseExact(id[1..], "hh\\:mm", System.Globalization.CultureInfo.InvariantCulture, out var offset))
        {
            var signed = id[0] == '-' ? -offset : offset;
            return TimeZoneInfo.CreateCustomTimeZone("offset" + id, signed, null, null);
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
    }

    private static string FormatOffset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
}
