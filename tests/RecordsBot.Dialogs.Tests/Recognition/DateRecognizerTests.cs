using System.Globalization;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class DateRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 24); // a Tuesday

    [Theory]
    [InlineData("I mailed it last Tuesday", DateRange.Past, "2026-11-17")]
    [InlineData("about two weeks ago", DateRange.Past, "2026-11-10")]
    [InlineData("sent on March 3rd", DateRange.Past, "2026-03-03")]
    [InlineData("sent on March 3rd", DateRange.Future, "2027-03-03")]
    [InlineData("sent on March 3rd", DateRange.Any, "2027-03-03")] // 99 days ahead is closer than 266 days back
    [InlineData("on 12/25", DateRange.Any, "2026-12-25")]
    [InlineData("on 12/25", DateRange.Past, "2025-12-25")]
    [InlineData("yesterday", DateRange.Past, "2026-11-23")]
    [InlineData("yesterday", DateRange.Any, "2026-11-23")]
    [InlineData("today", DateRange.Past, "2026-11-24")]
    [InlineData("today", DateRange.Future, "2026-11-24")]
    [InlineData("3/4/2026", DateRange.Past, "2026-03-04")]
    [InlineData("3/4/2026", DateRange.Any, "2026-03-04")]
    [InlineData("next Monday", DateRange.Future, "2026-11-30")]
    [InlineData("remind me next Monday", DateRange.Any, "2026-11-30")]
    public void Reads_the_date(string text, DateRange range, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateRecognizer.Recognize(text, Today, range));

    [Theory]
    [InlineData("no idea", DateRange.Any)]
    [InlineData("", DateRange.Past)]
    [InlineData("hello there", DateRange.Future)]
    [InlineData("next Friday", DateRange.Past)]
    [InlineData("next Monday", DateRange.Past)]
    [InlineData("yesterday", DateRange.Future)]
    [InlineData("3/4/2026", DateRange.Future)]
    [InlineData("June 5 2030", DateRange.Past)]
    [InlineData("last week", DateRange.Future)]
    public void Reads_no_date_or_none_in_range(string text, DateRange range) => Assert.Null(DateRecognizer.Recognize(text, Today, range));

    [Theory]
    [InlineData("last week", DateRange.Past, DateProblem.Vague)]
    [InlineData("next week", DateRange.Future, DateProblem.Vague)]
    [InlineData("in 2020", DateRange.Past, DateProblem.Vague)]
    [InlineData("last month", DateRange.Any, DateProblem.Vague)]
    [InlineData("next Friday", DateRange.Past, DateProblem.NotYet)]
    [InlineData("yesterday", DateRange.Future, DateProblem.AlreadyPast)]
    [InlineData("no idea", DateRange.Past, DateProblem.NoDate)]
    [InlineData("last Tuesday", DateRange.Past, DateProblem.None)]
    public void Says_why_there_is_no_day(string text, DateRange range, DateProblem expected) =>
        Assert.Equal(expected, DateRecognizer.Read(text, Today, range).Problem);
}
