namespace RecordsBot.Reminders;

/// <summary>
/// Wall-clock times in a person's time zone, DST-correct: a local time that does not exist (the hour clocks skip in
/// spring) is read with the offset before the change, so 2:30 becomes 3:30; a time that happens twice (the hour
/// repeated in autumn) is its first occurrence. Quiet hours run from start to end and may cross midnight.
/// </summary>
public static class LocalTimes
{
    /// <summary>Whether <paramref name="time"/> falls in quiet hours [start, end); equal start and end: never.</summary>
    public static bool InQuietHours(TimeOnly time, TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            return false;
        }

        return start < end ? time >= start && time < end : time >= start || time < end;
    }

    /// <summary>The instant <paramref name="date"/> at <paramref name="time"/> on the clocks of <paramref name="zone"/>.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = TimeSpan.Zero;
            for (var back = 1; back <= 48; back++)
            {
                var probe = local.AddHours(-back);
                if (!zone.IsInvalidTime(probe))
                {
                    offset = zone.GetUtcOffset(probe);
                    break;
                }
            }
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The local date and time of <paramref name="utc"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary><paramref name="utc"/> itself when it is outside quiet hours where the person is, else the end of
    /// those quiet hours (the next time a message may go).</summary>
    public static DateTime OutsideQuietHours(DateTime utc, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        var local = ToLocal(utc, zone);
        var time = TimeOnly.FromDateTime(local);
        if (!InQuietHours(time, start, end))
        {
            return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        }

        var date = DateOnly.FromDateTime(local);
        if (start > end && time >= start)
        {
            date = date.AddDays(1);
        }

        var resume = ToUtc(date, end, zone);

        // The end of quiet hours itself may sit in a skipped hour and be read as later; never earlier than now.
        return resume > utc ? resume : DateTime.SpecifyKind(utc, DateTimeKind.Utc);
    }
}
