using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

/// <summary>"Today", and so a request handed in today and its due date, is the person's own day: their time zone,
/// daylight saving time included, never the server's UTC date.</summary>
public sealed class TodayAndTimeZoneTests
{
    private static DateOnly TodayAt(string utc, string? zone, DateTimeOffset? localTimestamp = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var texts = new TextCatalog(new Dictionary<string, string>());
        var environment = new DialogEnvironment(texts, new MessageRenderer(texts, new RenderingOptions()), time,
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), null, new Dictionary<string, IFlowHandler>(), new Dictionary<string, IPromptValidator>());
        var activity = new Activity(ActivityTypes.Message) { LocalTimezone = zone, LocalTimestamp = localTimestamp };
        using var turn = new TurnContext(new TestAdapter(), activity);
        return environment.TodayFor(turn);
    }

    [Theory]
    // 7:30 UTC on November 25 is still the evening of the 24th in Los Angeles, but the 25th in New York and London.
    [InlineData("2026-11-25T07:30:00Z", "America/Los_Angeles", "2026-11-24", "2026-12-24")]
    [InlineData("2026-11-25T07:30:00Z", "America/New_York", "2026-11-25", "2026-12-25")]
    [InlineData("2026-11-25T07:30:00Z", "Europe/London", "2026-11-25", "2026-12-25")]
    [InlineData("2026-11-25T09:59:00Z", "Pacific/Honolulu", "2026-11-24", "2026-12-24")]
    // Spring forward (March 8, 2026, 2:00 EST = 7:00 UTC): 4:30 UTC is 11:30 PM EST on the 7th; 6:30 UTC is 1:30 AM on the 8th.
    [InlineData("2026-03-08T04:30:00Z", "America/New_York", "2026-03-07", "2026-04-06")]
    [InlineData("2026-03-08T06:30:00Z", "America/New_York", "2026-03-08", "2026-04-07")]
    // Fall back (November 1, 2026, 2:00 EDT = 6:00 UTC): 3:30 UTC is 11:30 PM EDT on October 31; 4:30 UTC is 12:30 AM November 1.
    [InlineData("2026-11-01T03:30:00Z", "America/New_York", "2026-10-31", "2026-11-30")]
    [InlineData("2026-11-01T04:30:00Z", "America/New_York", "2026-11-01", "2026-12-01")]
    // No zone from the channel: the configured default (New York).
    [InlineData("2026-11-25T03:00:00Z", null, "2026-11-24", "2026-12-24")]
    public void Today_and_the_federal_due_date_are_the_persons_own(string utc, string? zone, string today, string due)
    {
        var day = TodayAt(utc, zone);
        Assert.Equal(DateOnly.Parse(today), day);
        Assert.Equal(DateOnly.Parse(due), DueDates.Federal(day));
    }

    [Fact]
    public void Without_a_zone_name_the_offset_of_the_local_timestamp_decides()
    {
        // SMS and some channels send only localTimestamp: -08:00 makes 07:30 UTC the evening before.
        Assert.Equal(new DateOnly(2026, 11, 24), TodayAt("2026-11-25T07:30:00Z", null, new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(-8))));
    }
}
