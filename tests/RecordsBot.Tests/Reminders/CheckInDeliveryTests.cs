using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>Check-ins reach an open local Web Chat conversation through the app's own sweeper, at 10:00 the person's time.</summary>
public sealed class CheckInDeliveryTests : IDisposable
{
    // Tuesday 24 November 2026, 15:00 UTC = 10:00 in New York.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    private RecordsBotApp StartApp() => new(data, services: s =>
    {
        s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        s.Replace(ServiceDescriptor.Singleton<ISweepTrigger, ManualSweepTrigger>());
    });

    [Fact]
    public async Task The_check_in_three_days_before_the_due_date_appears_in_the_conversation_once_at_ten_local_time()
    {
        using var app = StartApp();
        var client = new DirectLineTestClient(app.Http());
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));

        var planned = await ReminderSeeds.CheckInsAsync(app);
        Assert.Equal(new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc), planned[0].DueUtc);
        Assert.Equal(CheckInKinds.Before, planned[0].Kind);

        var sweep = app.Get<CheckInSweep>();
        time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));

        // Days later the page resumes its conversation with its saved token (the token itself has expired).
        var resumed = await client.StartSessionAsync(session.Token, session.User);
        Assert.Equal(session.ConversationId, resumed.ConversationId);
        var (activities, _) = await client.GetActivitiesAsync(resumed);
        Assert.Single(activities, a => ((string?)a["text"])?.Contains("Tracking: I keep track", StringComparison.Ordinal) == true);
        var rows = await ReminderSeeds.CheckInsAsync(app);
        Assert.Equal(CheckInStatus.Sent, rows[0].Status);
        Assert.Equal("chat", rows[0].SentVia);
    }
}
