using System.Collections.Concurrent;

namespace RecordsBot.Guidance;

/// <summary>
/// US federal holidays as observed (5 U.S.C. 6103): a holiday on a Saturday is observed the Friday before, one on a
/// Sunday the Monday after. Juneteenth counts from 2021. Inauguration Day (Washington, D.C. area only) is left out.
/// </summary>
public static class FederalHolidays
{
    // Counting business days asks about every day it passes: each year's holidays are worked out once.
    private static readonly ConcurrentDictionary<int, IReadOnlyList<(DateOnly Date, string Name)>> Years = new();

    /// <summary>The observed holidays of <paramref name="year"/>, including a New Year's Day of the next year observed on December 31.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> In(int year) => Years.GetOrAdd(year, Compute);

    private static IReadOnlyList<(DateOnly Date, string Name)> Compute(int year)
    {
        var days = new List<(DateOnly, string)>();
        foreach (var (date, name) in Actual(year).Concat(Actual(year + 1).Where(h => h.Date.Month == 1 && h.Date.Day == 1)))
        {
            var observed = Observed(date);
            if (observed.Year == year)
            {
                days.Add((observed, name));
            }
        }

        return days.OrderBy(d => d.Item1).ToArray();
    }

    public static bool IsHoliday(DateOnly date) => In(date.Year).Any(h => h.Date == date);

    /// <summary>A weekday that is not an observed federal holiday.</summary>
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static IEnumerable<(DateOnly Date, string Name)> Actual(int year)
    {
        yield return (new DateOnly(year, 1, 1), "New Year's Day");
        yield return (Nth(year, 1, DayOfWeek.Monday, 3), "Birthday of Martin Luther King, Jr.");
        yield return (Nth(year, 2, DayOfWeek.Monday, 3), "Washington's Birthday");
        yield return (Last(year, 5, DayOfWeek.Monday), "Memorial Day");
        if (year >= 2021)
        {
            yield return (new DateOnly(year, 6, 19), "Juneteenth National Independence Day");
        }

        yield return (new DateOnly(year, 7, 4), "Independence Day");
        yield return (Nth(year, 9, DayOfWeek.Monday, 1), "Labor Day");
        yield return (Nth(year, 10, DayOfWeek.Monday, 2), "Columbus Day");
        yield return (new DateOnly(year, 11, 11), "Veterans Day");
        yield return (Nth(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day");
        yield return (new DateOnly(year, 12, 25), "Christmas Day");
    }

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
