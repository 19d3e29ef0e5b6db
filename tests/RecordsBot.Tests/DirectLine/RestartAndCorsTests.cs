using System.Net;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.DirectLine;

/// <summary>Local conversations survive an app restart; cross-origin use needs an allowed origin.</summary>
public sealed class RestartAndCorsTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task A_conversation_and_its_token_survive_an_app_restart()
    {
        DirectLineTestClient.Session session;
        using (var first = new RecordsBotApp(data))
        {
            var client = new DirectLineTestClient(first.Http());
            session = await client.StartSessionAsync();
            await client.StartConversationAsync(session.Token);
            await client.SayAsync(session, "Track my requests", "c1");
        }

        using var second = new RecordsBotApp(data);
        var again = new DirectLineTestClient(second.Http());
        var (history, watermark) = await again.GetActivitiesAsync(session);
        Assert.Equal("5", watermark);
        Assert.Equal("Track my requests", (string)history[2]["text"]!);

        var resumed = await again.StartSessionAsync(session.Token);
        Assert.Equal(session.ConversationId, resumed.ConversationId);
        // The person goes on where they were: the topic's question is answered.
        await again.SayAsync(resumed, "Mercy Hospital", "c2");
        var (after, _) = await again.GetActivitiesAsync(resumed, watermark);
        Assert.Equal($"{session.ConversationId}|0000006", (string)after[0]["id"]!);
        Assert.StartsWith("Which state is Mercy Hospital in?", (string)after[1]["text"]!);
        Assert.DoesNotContain(after, a => ((string?)a["text"])?.StartsWith("Hi, I'm RecordsBot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Cross_origin_calls_are_allowed_only_from_configured_origins()
    {
        using var app = new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:LocalChannel:AllowedOrigins:0"] = "https://clinic.example.org" });
        var http = app.Http();

        var allowed = await Preflight(http, "https://clinic.example.org");
        Assert.Equal("https://clinic.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, headers);
        }

        var refused = await Preflight(http, "https://elsewhere.example.com");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> Preflight(HttpClient http, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return http.SendAsync(request);
    }
}
