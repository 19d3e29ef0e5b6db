namespace RecordsBot.Guidance;

/// <summary>Deadline arithmetic on dates where the person is (no times: a request received on a day counts from that day).</summary>
public static class DueDates
{
    /// <summary>
    /// The last day to act when the law gives <paramref name="days"/> days after <paramref name="received"/>: the day
    /// it arrived does not count. Calendar days count every day; business days skip Saturdays, Sundays and observed
    /// federal holidays.
    /// </summary>
    public static DateOnly Add(DateOnly received, int days, DayCount count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (count == DayCount.Calendar)
        {
            return received.AddDays(days);
        }

        var date = received;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (FederalHolidays.IsBusinessDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>HIPAA's deadline: 30 calendar days after the provider received the request (45 CFR 164.524(b)(2)).</summary>
    public static DateOnly Federal(DateOnly received) => Add(received, 30, DayCount.Calendar);

    /// <summary>The latest date with HIPAA's one 30-day extension, which needs written notice within the first 30 days.</summary>
    public static DateOnly FederalExtended(DateOnly received) => Add(received, 60, DayCount.Calendar);
}
