using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// The whole path on the real app, as its own process under faketime: on Tuesday 24 November 2026 at 10:00 in New York
/// a person tracks a request due in 3 days in the tracking conversation through the local Direct Line and accepts
/// check-ins; the app stops; it starts again
/// 4 days later and exactly one check-in appears in the same Web Chat conversation. The conversation and the stored
/// check-ins go to artifacts/reminders-faketime-e2e.txt.
/// </summary>
public sealed class FaketimeEndToEndTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Tracked_on_Tuesday_app_stopped_started_four_days_later_exactly_one_check_in_in_the_same_conversation()
    {
        _ = AppProcess.LibFaketime;
        var port = FreePort();
        var database = data.DatabasePath;
        var settings = new Dictionary<string, string>
        {
            ["RecordsBot:Reminders:SweepInterval"] = "00:00:01",
            ["Logging:LogLevel:RecordsBot.Reminders"] = "Debug",
        };
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        var client = new DirectLineTestClient(http);
        var tuesday = new DateTime(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc);

        DirectLineTestClient.Session session;
        await using (var first = AppProcess.Start(tuesday, port, database, settings))
        {
            await first.WaitUntilAsync(() => ReadyAsync(http), TimeSpan.FromSeconds(90), "the app to be ready");
            session = await client.StartSessionAsync();
            await client.StartConversationAsync(session.Token);

            // Tracked in the conversation: mailed to an Ohio hospital on 28 October, so HIPAA's 30 days end Friday the 27th.
            string[] said = ["Track my requests", "Mercy Hospital", "Ohio", "Mail", "October 28", "no", "Waiting for them", "yes"];
            for (var i = 0; i < said.Length; i++)
            {
                await client.SayAsync(session, said[i], "c" + i);
            }

            var tracked = await TextsAsync(client, session);
            Assert.Contains(tracked, t => t.Contains("November 27, 2026", StringComparison.Ordinal));
            Assert.Contains(tracked, t => t.StartsWith("Would you like me to check in with you about this request", StringComparison.Ordinal));
            Assert.Contains(tracked, t => t.StartsWith("Check-ins are on.", StringComparison.Ordinal));
            await first.StopAsync();
        }

        var rows = await RowsAsync(database);
        Assert.Equal((CheckInKinds.Due, new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc)), (rows[0].Kind, rows[0].DueUtc));

        await using (var second = AppProcess.Start(tuesday.AddDays(4), port, database, settings))
        {
            await second.WaitUntilAsync(() => ReadyAsync(http), TimeSpan.FromSeconds(90), "the app to be ready again");
            var resumed = await client.StartSessionAsync(session.Token, session.User);
            Assert.Equal(session.ConversationId, resumed.ConversationId);
            await second.WaitUntilAsync(async () => CheckIns(await TextsAsync(client, resumed)) > 0, TimeSpan.FromSeconds(60), "the check-in");

            // Three more sweeps after it: still one.
            var sweepsBefore = Sweeps(second);
            await second.WaitUntilAsync(() => Task.FromResult(Sweeps(second) >= sweepsBefore + 3), TimeSpan.FromSeconds(60), "three more sweeps");
            var texts = await TextsAsync(client, resumed);
            Assert.Equal(1, CheckIns(texts));
            await second.StopAsync();

            rows = await RowsAsync(database);
            var sent = Assert.Single(rows, r => r.Status == CheckInStatus.Sent);
            Assert.Equal((CheckInKinds.Due, "chat", 1), (sent.Kind, sent.SentVia, sent.Attempts));

            // Planned for the due date, it arrives the day after: it says the records were due, not that they are due today.
            Assert.Contains(texts, t => t.Contains("Your records from **Mercy Hospital** were due by November 27, 2026.", StringComparison.Ordinal));
            Assert.Equal(new DateTime(2026, 11, 28), sent.SentUtc!.Value.Date);
            await File.WriteAllLinesAsync(RepoPaths.Artifact("reminders-faketime-e2e.txt"),
                ["Conversation " + PrivacyHash(session.ConversationId) + " (texts in order):", .. texts.Select(t => "  " + t.Replace("\n", " ", StringComparison.Ordinal)),
                 "", "Stored check-ins (kind, due UTC, status, via, attempts, sent UTC):",
                 .. rows.Select(r => $"  {r.Kind,-8} {r.DueUtc:yyyy-MM-dd HH:mm} {r.Status,-9} {r.SentVia ?? "-",-5} {r.Attempts} {r.SentUtc:yyyy-MM-dd HH:mm:ss}"),
                 "", "App log lines about check-ins (second run):", .. second.Output.Where(l => l.Contains("heck-in", StringComparison.Ordinal) && !l.Contains("0 sent", StringComparison.Ordinal)).Select(l => "  " + l.Trim())]);
        }
    }

    private static string PrivacyHash(string id) => Hosting.PrivacySafe.Hash(id);

    private static int Sweeps(AppProcess app) => app.Output.Count(l => l.Contains("Check-in sweep done", StringComparison.Ordinal));

    private static int CheckIns(IEnumerable<string> texts) => texts.Count(t => t.Contains("How does it stand?", StringComparison.Ordinal));

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("readyz")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<List<string>> TextsAsync(DirectLineTestClient client, DirectLineTestClient.Session session)
    {
        var (activities, _) = await client.GetActivitiesAsync(session);
        return activities.Select(a => (string?)a["text"] ?? string.Empty).ToList();
    }

    private static async Task<List<CheckIn>> RowsAsync(string database)
    {
        var options = new DbContextOptionsBuilder<RecordsBotDbContext>().UseSqlite($"Data Source={database}").Options;
        await using var db = new RecordsBotDbContext(options);
        return await db.Set<CheckIn>().AsNoTracking().OrderBy(x => x.DueUtc).ToListAsync();
    }
}
