using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Tracking;

/// <summary>The calendar file of a tracked request through the real app: the link the bot gives serves an all-day
/// event on the due date with no health details beyond the provider's name; a forged, changed, expired link or one for
/// a deleted request gets 404.</summary>
public sealed partial class CalendarLinkTests : AppTest
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp() => new(Data, null, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));

    [Fact]
    public async Task The_link_serves_the_due_date_as_an_all_day_event_and_forged_expired_or_deleted_links_get_404()
    {
        var bot = new BotClient(App.Http(), userId: "calendar-person");
        var link = await TrackAsync(bot);
        var http = App.Http();

        var response = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20261217", ics);
        Assert.Contains("DTEND;VALUE=DATE:20261218", ics);
        Assert.Contains("SUMMARY:Records due from Mercy Hospital", ics);
        Assert.DoesNotContain("Ohio", ics);
        Assert.DoesNotContain("calendar-person", ics);

        var token = link[(link.LastIndexOf('/') + 1)..];
        var parts = token.Split('.');
        var flipped = parts[2][..^1] + (parts[2][^1] == '0' ? '1' : '0');
        foreach (var forged in new[]
        {
            $"{parts[0]}.{parts[1]}.{flipped}",                                   // signature changed
            $"{long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + 1}.{parts[1]}.{parts[2]}", // another request
            $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86400}.{parts[2]}", // expiry moved
            "1.9999999999.abc", "nonsense", $"{parts[0]}..{parts[2]}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("calendar/" + forged)).StatusCode);
        }

        // Expired: 30 days (the default lifetime) later the same link is gone.
        time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_link_stops_working_when_its_request_is_deleted()
    {
        var bot = new BotClient(App.Http(), userId: "deleting-person");
        var link = await TrackAsync(bot);
        Assert.Equal(HttpStatusCode.OK, (await App.Http().GetAsync(link)).StatusCode);

        await bot.SayAsync("no"); // no check-ins
        await bot.SayAsync("Delete one");
        await bot.SayAsync("1");
        await bot.SayAsync("yes");

        Assert.Equal(HttpStatusCode.NotFound, (await App.Http().GetAsync(link)).StatusCode);
    }

    private static async Task<string> TrackAsync(BotClient bot)
    {
        await bot.JoinAsync();
        foreach (var line in new[] { "Track my requests", "Mercy Hospital", "Ohio", "Mail", "I mailed it last Tuesday", "no" })
        {
            await bot.SayAsync(line);
        }

        var replies = await bot.SayAsync("Waiting for them");
        var text = string.Join("\n", replies.Select(r => r.Text));
        return Link().Match(text) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException("no calendar link in:\n" + text);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/calendar/[0-9]+\.[0-9]+\.[0-9a-f]{64}")]
    private static partial Regex Link();
}
