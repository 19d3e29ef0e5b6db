using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Tracking;

/// <summary>Tracking through the real app: a provider picked from the saved list by its number, dates read on the
/// person's own today, requests kept across conversations, and "delete my data" erasing them.</summary>
public sealed class TrackingConversationTests : AppTest
{
    // Wednesday 2026-11-25 03:00 UTC: still Tuesday the 24th in New York and Los Angeles.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp() => new(Data, null, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));

    [Fact]
    public async Task A_provider_is_picked_from_the_saved_list_by_number_with_its_state_and_0_asks_for_a_name()
    {
        var person = new PersonRef("webchat", "list-person");
        await App.Get<IProviderList>().AddAsync(person, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "CA", null), default);
        await App.Get<IProviderList>().AddAsync(person, new ProviderDetails("Mercy Hospital", "hospital", null, null), default);
        var bot = new BotClient(App.Http(), userId: person.UserId);
        await bot.JoinAsync();

        var replies = await bot.SayAsync("Track my requests");
        Assert.Contains(replies, r => r.Text?.Contains("Dr. Ana Ruiz", StringComparison.Ordinal) == true);
        Assert.StartsWith("Which provider did you send it to?", replies[^1].Text);
        Assert.StartsWith("That number isn't on the list. Please pick one from 1 to 2.", (await bot.SayAsync("7"))[0].Text);

        // A saved provider with a state goes straight to how it was sent.
        Assert.StartsWith("How did you send it?", (await bot.SayAsync("the first one"))[0].Text);
        await bot.SayAsync("portal");
        await bot.SayAsync("November 2");
        await bot.SayAsync("no");
        var saved = await bot.SayAsync("Waiting for them");

        // California: copies within 15 calendar days of the written request (its 5-business-day rule is for inspection).
        var due = string.Join("\n", saved.Select(r => r.Text));
        Assert.Contains("due by **November 17, 2026**", due);
        Assert.Contains("California law", due);
        Assert.Contains("Cal. Health & Safety Code §123110(b)", due);
        Assert.Contains("Dr. Ana Ruiz is late.", due);
        var request = Assert.Single(await App.Get<ITrackedRequests>().ListAsync(person, default));
        var saved1 = (await App.Get<IProviderList>().ListAsync(person, default))[0];
        Assert.Equal((saved1.Id, "Dr. Ana Ruiz", "CA", RequestMethod.Portal), (request.Details.ProviderId, request.Details.ProviderName, request.Details.ProviderState, request.Details.Method));
        Assert.Equal(new DateOnly(2026, 11, 2), request.Details.SentOn);

        // A saved provider without a state is asked for it; 0 is one that is not on the list.
        await bot.SayAsync("no"); // no follow-up letter now
        Assert.StartsWith("Check-ins are off.", (await bot.SayAsync("no"))[0].Text);
        await bot.SayAsync("Track a new one");
        Assert.StartsWith("Which state is Mercy Hospital in?", (await bot.SayAsync("2"))[0].Text);
        await bot.SayAsync("start over");
        await bot.SayAsync("Track my requests");
        await bot.SayAsync("Track a new one");
        Assert.StartsWith("Who did you send the request to?", (await bot.SayAsync("0"))[0].Text);
    }

    [Theory]
    // "last Tuesday" on the evening of Tuesday the 24th where the person is (already the 25th in UTC) is the 17th.
    [InlineData("America/New_York", "I mailed it last Tuesday", "2026-11-17")]
    [InlineData("America/Los_Angeles", "yesterday", "2026-11-23")]
    [InlineData("America/New_York", "about two weeks ago", "2026-11-10")]
    [InlineData("America/New_York", "sent it on March 3rd", "2026-03-03")]
    [InlineData("Europe/London", "yesterday", "2026-11-24")]
    public async Task The_day_sent_is_read_from_free_words_on_the_persons_own_today(string zone, string words, string expected)
    {
        var userId = "dates-" + zone.Replace('/', '-') + words.Length;
        var bot = new BotClient(App.Http(), userId: userId);
        await bot.JoinAsync();
        foreach (var line in new[] { "Track my requests", "Mercy Hospital", "Ohio", "Mail" })
        {
            await bot.SendAsync(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message) { Text = line, LocalTimezone = zone });
        }

        await bot.SendAsync(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message) { Text = words, LocalTimezone = zone });
        await bot.SendAsync(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message) { Text = "no", LocalTimezone = zone });
        await bot.SendAsync(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message) { Text = "Waiting for them", LocalTimezone = zone });

        var request = Assert.Single(await App.Get<ITrackedRequests>().ListAsync(new PersonRef("webchat", userId), default));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), request.Details.SentOn);
        Assert.Equal(request.Details.SentOn!.Value.AddDays(30), request.Details.DueOn);
    }

    [Fact]
    public async Task Requests_are_kept_across_conversations_and_delete_my_data_erases_them()
    {
        var bot = new BotClient(App.Http(), userId: "erasing-person");
        await bot.JoinAsync();
        foreach (var line in new[] { "Track my requests", "Mercy Hospital", "Ohio", "Mail", "last Tuesday", "no", "Waiting for them" })
        {
            await bot.SayAsync(line);
        }

        var again = new BotClient(App.Http(), userId: "erasing-person");
        var list = await again.SayAsync("Track my requests");
        Assert.Contains(list, r => r.Text?.Contains("1. Mercy Hospital: waiting, due December 17, 2026", StringComparison.Ordinal) == true);

        await again.SayAsync("delete my data");
        await again.SayAsync("yes");

        Assert.Empty(await App.Get<ITrackedRequests>().ListAsync(new PersonRef("webchat", "erasing-person"), default));
        var fresh = await new BotClient(App.Http(), userId: "erasing-person").SayAsync("Track my requests");
        Assert.Contains(fresh, r => r.Text?.StartsWith("I can keep track of a request", StringComparison.Ordinal) == true);
        Assert.Contains("Erased tracked-requests", string.Join("\n", App.Logs));
        Assert.DoesNotContain("Mercy", string.Join("\n", App.Logs));
    }
}
