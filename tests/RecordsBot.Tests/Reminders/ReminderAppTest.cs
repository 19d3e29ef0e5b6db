using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// Reminder tests on the real app: one data folder (SQLite file) that apps may share or follow each other on, a
/// FakeTimeProvider starting Tuesday 24 November 2026 at 10:00 in New York, and sweeps run by the test
/// (<see cref="ManualSweepTrigger"/>) unless it asks for the app's own timer.
/// </summary>
public abstract class ReminderAppTest : IDisposable
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    protected TestDataFolder Data { get; } = new();

    private readonly List<RecordsBotApp> apps = [];

    public void Dispose()
    {
        foreach (var app in apps)
        {
            app.Dispose();
        }

        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    protected RecordsBotApp StartApp(IReadOnlyDictionary<string, string?>? settings = null, bool ownTimer = false)
    {
        var app = new RecordsBotApp(Data, settings, services: s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            if (!ownTimer)
            {
                s.Replace(ServiceDescriptor.Singleton<ISweepTrigger, ManualSweepTrigger>());
            }
        });
        apps.Add(app);
        return app;
    }

    protected static Task FirstSweepAsync(RecordsBotApp app) =>
        app.Services.GetServices<IHostedService>().OfType<CheckInSweeper>().Single().FirstSweepDone.WaitAsync(TimeSpan.FromSeconds(60));

    protected static async Task<(DirectLineTestClient Client, DirectLineTestClient.Session Session)> OpenChatAsync(RecordsBotApp app)
    {
        var client = new DirectLineTestClient(app.Http());
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        return (client, session);
    }

    /// <summary>The conversation's texts as the page sees them after resuming it with its saved token.</summary>
    protected static async Task<List<string>> TextsAsync(RecordsBotApp app, DirectLineTestClient.Session session)
    {
        var client = new DirectLineTestClient(app.Http());
        var resumed = await client.StartSessionAsync(session.Token, session.User);
        Assert.Equal(session.ConversationId, resumed.ConversationId);
        var (activities, _) = await client.GetActivitiesAsync(resumed);
        return activities.Select(a => (string?)a["text"] ?? string.Empty).ToList();
    }

    /// <summary>What every check-in about an open request asks (track-checkin.dialog.yaml).</summary>
    protected const string CheckInText = "How does it stand?";

    protected static int CheckInsShown(IEnumerable<string> texts) => texts.Count(t => t.Contains(CheckInText, StringComparison.Ordinal));

    protected static async Task<List<CheckIn>> RowsAsync(RecordsBotApp app)
    {
        await using var db = await app.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync();
        return await db.Set<CheckIn>().AsNoTracking().OrderBy(x => x.DueUtc).ThenBy(x => x.Id).ToListAsync();
    }

    protected static async Task<ReminderPreference?> PreferenceAsync(RecordsBotApp app)
    {
        await using var db = await app.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ReminderPreference>().AsNoTracking().SingleOrDefaultAsync();
    }
}
