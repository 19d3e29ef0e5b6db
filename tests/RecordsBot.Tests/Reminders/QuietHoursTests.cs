using RecordsBot.Reminders;

namespace RecordsBot.Tests.Reminders;

/// <summary>Local times and quiet hours (default 21:00 to 09:00) on the days clocks change, in two US zones.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeOnly Start = new(21, 0);
    private static readonly TimeOnly End = new(9, 0);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    // Spring forward: Sunday 14 March 2027, 2:00 standard becomes 3:00 daylight.
    [InlineData("America/New_York", 2027, 3, 13, 15)]
    [InlineData("America/New_York", 2027, 3, 14, 14)]
    [InlineData("America/Los_Angeles", 2027, 3, 13, 18)]
    [InlineData("America/Los_Angeles", 2027, 3, 14, 17)]
    // Fall back: Sunday 1 November 2026, 2:00 daylight becomes 1:00 standard.
    [InlineData("America/New_York", 2026, 10, 31, 14)]
    [InlineData("America/New_York", 2026, 11, 1, 15)]
    [InlineData("America/Los_Angeles", 2026, 10, 31, 17)]
    [InlineData("America/Los_Angeles", 2026, 11, 1, 18)]
    public void Ten_in_the_morning_is_ten_on_the_local_clock_on_both_sides_of_each_change(string zone, int year, int month, int day, int utcHour) =>
        Assert.Equal(Utc(year, month, day, utcHour), LocalTimes.ToUtc(new DateOnly(year, month, day), new TimeOnly(10, 0), Zone(zone)));

    [Theory]
    // 1:30 standard on the spring day (6:30 UTC in New York) is quiet: wait for 9:00 daylight, 13:00 UTC.
    [InlineData("America/New_York", "2027-03-14T06:30:00Z", "2027-03-14T13:00:00Z")]
    [InlineData("America/Los_Angeles", "2027-03-14T09:30:00Z", "2027-03-14T16:00:00Z")]
    // 21:30 daylight on the spring day: 9:00 the next morning.
    [InlineData("America/New_York", "2027-03-15T01:30:00Z", "2027-03-15T13:00:00Z")]
    [InlineData("America/Los_Angeles", "2027-03-15T04:30:00Z", "2027-03-15T16:00:00Z")]
    // The repeated 1:30 of the autumn day, both times, and the evening before: 9:00 standard.
    [InlineData("America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("America/New_York", "2026-11-01T06:30:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("America/New_York", "2026-11-01T02:00:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-11-01T08:30:00Z", "2026-11-01T17:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-11-01T09:30:00Z", "2026-11-01T17:00:00Z")]
    // Outside quiet hours: at once. 8:59 is quiet, 9:00 is not; 20:59 is not, 21:00 is.
    [InlineData("America/New_York", "2026-11-01T14:00:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("America/New_York", "2026-11-01T13:59:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("America/New_York", "2026-11-02T01:59:00Z", "2026-11-02T01:59:00Z")]
    [InlineData("America/New_York", "2026-11-02T02:00:00Z", "2026-11-02T14:00:00Z")]
    public void A_message_in_quiet_hours_waits_for_their_end_on_the_local_clock(string zone, string at, string expected)
    {
        var instant = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var resume = DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(resume, LocalTimes.OutsideQuietHours(instant, Zone(zone), Start, End));
    }

    [Fact]
    public void A_time_the_clocks_skip_is_read_an_hour_later_and_a_repeated_time_is_its_first_occurrence()
    {
        Assert.Equal(Utc(2027, 3, 14, 10, 30), LocalTimes.ToUtc(new DateOnly(2027, 3, 14), new TimeOnly(2, 30), Zone("America/Los_Angeles")));
        Assert.Equal(Utc(2026, 11, 1, 5, 30), LocalTimes.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), Zone("America/New_York")));

        // Quiet hours ending in the skipped hour (22:00 to 2:30) end at 3:30 daylight time.
        Assert.Equal(Utc(2027, 3, 14, 7, 30), LocalTimes.OutsideQuietHours(Utc(2027, 3, 14, 4), Zone("America/New_York"), new TimeOnly(22, 0), new TimeOnly(2, 30)));
    }

    [Fact]
    public void Equal_start_and_end_turn_quiet_hours_off_and_hours_within_one_day_work_too()
    {
        Assert.False(LocalTimes.InQuietHours(new TimeOnly(3, 0), new TimeOnly(21, 0), new TimeOnly(21, 0)));
        Assert.True(LocalTimes.InQuietHours(new TimeOnly(13, 0), new TimeOnly(12, 0), new TimeOnly(14, 0)));
        Assert.False(LocalTimes.InQuietHours(new TimeOnly(14, 0), new TimeOnly(12, 0), new TimeOnly(14, 0)));
        Assert.Equal(Utc(2026, 11, 24, 19), LocalTimes.OutsideQuietHours(Utc(2026, 11, 24, 18), Zone("America/New_York"), new TimeOnly(12, 0), new TimeOnly(14, 0)));
    }
}
