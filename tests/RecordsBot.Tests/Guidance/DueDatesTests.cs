using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

public sealed class DueDatesTests
{
    [Theory]
    [InlineData("2026-11-24", "2026-12-24")]
    [InlineData("2026-01-31", "2026-03-02")] // a month end: 30 days on from January 31 in a 28-day February
    [InlineData("2028-01-31", "2028-03-01")] // ...and in a leap year
    [InlineData("2028-02-29", "2028-03-30")] // from a leap day
    [InlineData("2026-12-15", "2027-01-14")] // across the new year
    [InlineData("2027-02-01", "2027-03-03")]
    public void HIPAA_gives_30_calendar_days_after_the_day_the_request_arrived(string received, string due) =>
        Assert.Equal(DateOnly.Parse(due), DueDates.Federal(DateOnly.Parse(received)));

    [Fact]
    public void The_one_extension_adds_30_more_days()
    {
        Assert.Equal(new DateOnly(2027, 1, 23), DueDates.FederalExtended(new DateOnly(2026, 11, 24)));
        Assert.Equal(new DateOnly(2028, 4, 29), DueDates.FederalExtended(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void A_calendar_deadline_that_ends_on_a_weekend_or_holiday_stays_there()
    {
        // HIPAA counts calendar days and moves nothing: November 26, 2026 (+30) is Christmas Day, a Friday holiday.
        Assert.Equal(new DateOnly(2026, 12, 26), DueDates.Add(new DateOnly(2026, 11, 26), 30, DayCount.Calendar));
    }

    [Theory]
    // Received Tuesday Nov 24, 2026: Thanksgiving (26th) and weekends skipped -> the 15th business day is Wednesday Dec 16.
    [InlineData("2026-11-24", 15, "2026-12-16")]
    // Received Friday Dec 18, 2026: Christmas (Fri 25th) and New Year's Day (Fri Jan 1) skipped.
    [InlineData("2026-12-18", 15, "2027-01-12")]
    // Received Friday July 2, 2027: July 5 is the observed Independence Day (July 4 is a Sunday).
    [InlineData("2027-07-02", 1, "2027-07-06")]
    // Received on a Saturday: the first business day is Monday.
    [InlineData("2026-11-28", 1, "2026-11-30")]
    // Washington's 15 and 21 working days from Monday, January 12, 2026 (MLK Day the 19th, Presidents' Day Feb 16).
    [InlineData("2026-01-12", 15, "2026-02-03")]
    [InlineData("2026-01-12", 21, "2026-02-11")]
    // Across the leap day of 2028 (Tuesday, February 29 is a business day).
    [InlineData("2028-02-25", 3, "2028-03-01")]
    public void Business_days_skip_weekends_and_observed_federal_holidays(string received, int days, string due) =>
        Assert.Equal(DateOnly.Parse(due), DueDates.Add(DateOnly.Parse(received), days, DayCount.Business));

    [Fact]
    public void Every_one_of_the_days_counted_is_a_business_day()
    {
        var received = new DateOnly(2026, 12, 20);
        for (var n = 1; n <= 40; n++)
        {
            var due = DueDates.Add(received, n, DayCount.Business);
            Assert.True(FederalHolidays.IsBusinessDay(due));
            var counted = Enumerable.Range(1, due.DayNumber - received.DayNumber).Count(d => FederalHolidays.IsBusinessDay(received.AddDays(d)));
            Assert.Equal(n, counted);
        }
    }
}
