using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

public sealed class FederalHolidaysTests
{
    [Fact]
    public void The_2026_holidays_are_the_eleven_of_5_USC_6103_as_observed()
    {
        var days = FederalHolidays.In(2026).Select(h => h.Date.ToString("MM-dd")).ToList();

        // July 4, 2026 is a Saturday: observed Friday July 3. Nothing else of 2026 falls on a weekend.
        Assert.Equal(["01-01", "01-19", "02-16", "05-25", "06-19", "07-03", "09-07", "10-12", "11-11", "11-26", "12-25"], days);
    }

    [Theory]
    [InlineData("2027-12-24", true)]  // Christmas 2027 is a Saturday: observed Friday
    [InlineData("2027-12-25", false)] // ...so the Saturday itself is simply a weekend day
    [InlineData("2028-07-04", true)]
    [InlineData("2021-12-31", true)]  // New Year's Day 2022 is a Saturday: observed Friday, December 31, 2021
    [InlineData("2022-01-01", false)]
    [InlineData("2023-01-02", true)]  // New Year's Day 2023 is a Sunday: observed Monday
    [InlineData("2020-06-19", false)] // Juneteenth is a federal holiday from 2021
    [InlineData("2021-06-18", true)]  // ...and June 19, 2021 was a Saturday
    [InlineData("2026-11-27", false)] // the day after Thanksgiving is not a federal holiday
    public void Observed_holidays_move_off_weekends(string date, bool holiday) =>
        Assert.Equal(holiday, FederalHolidays.IsHoliday(DateOnly.Parse(date)));

    [Fact]
    public void A_new_years_day_observed_in_december_belongs_to_the_year_it_falls_in()
    {
        Assert.Contains(FederalHolidays.In(2021), h => h.Date == new DateOnly(2021, 12, 31));
        Assert.DoesNotContain(FederalHolidays.In(2022), h => h.Date.Month == 1 && h.Date.Day == 1);
        Assert.Equal(10, FederalHolidays.In(2022).Count);
    }
}
