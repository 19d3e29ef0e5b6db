using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using RecordsBot.Bot;
using RecordsBot.Channels.DirectLine;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.DirectLine;

/// <summary>The local Direct Line endpoint, with the details the real Web Chat widget depends on.</summary>
public sealed class DirectLineTests : AppTest
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
    private readonly DirectLineTestClient client;

    public DirectLineTests() => client = new DirectLineTestClient(App.Http());

    protected override RecordsBotApp CreateApp() => new(Data, services: s => s.AddSingleton<TimeProvider>(time));

    [Fact]
    public async Task Starting_a_conversation_welcomes_the_person_once()
    {
        var session = await client.StartSessionAsync();

        var started = await client.StartConversationAsync(session.Token);
        await client.StartConversationAsync(session.Token);

        Assert.Equal(session.ConversationId, (string)started["conversationId"]!);
        Assert.StartsWith("ws://127.0.0.1:", (string)started["streamUrl"]!);
        var (activities, watermark) = await client.GetActivitiesAsync(session);
        Assert.Equal(2, activities.Count);
        Assert.Equal("2", watermark);
        Assert.StartsWith("Hi, I'm RecordsBot.", (string)activities[0]["text"]!);
        Assert.All(activities, a => Assert.Equal("bot", (string)a["from"]!["role"]!));
        Assert.Equal(7, activities[1]["suggestedActions"]!["actions"]!.Count());
    }

    [Fact]
    public async Task The_person_s_message_is_echoed_with_an_id_and_its_clientActivityID_and_replies_point_at_it()
    {
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        var (_, watermark) = await client.GetActivitiesAsync(session);

        var id = await client.SayAsync(session, "Track my requests", "client-42");

        var (activities, newWatermark) = await client.GetActivitiesAsync(session, watermark);
        var echo = activities[0];
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal($"{session.ConversationId}|0000003", id);
        Assert.Equal("client-42", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal(session.UserId, (string)echo["from"]!["id"]!);
        var replies = activities.Skip(1).ToList();
        Assert.StartsWith("I can keep track of a request", (string)replies[0]["text"]!);
        Assert.All(replies, r => Assert.Equal(id, (string)r["replyToId"]!));
        Assert.Equal("5", newWatermark);

        var (all, _) = await client.GetActivitiesAsync(session);
        var stamps = all.Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.Second > p.First), "timestamps strictly increase: " + string.Join(", ", all.Select(a => (string)a["timestamp"]!)));
        Assert.Equal(all.Count, all.Select(a => (string)a["id"]!).Distinct().Count());
    }

    [Fact]
    public async Task The_WebSocket_stream_sends_the_backlog_then_new_activities()
    {
        var session = await client.StartSessionAsync();
        var started = await client.StartConversationAsync(session.Token);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), timeout.Token);

        var backlog = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal("2", (string)backlog["watermark"]!);
        Assert.Equal(2, backlog["activities"]!.Count());

        var id = await client.SayAsync(session, "Write a request letter", "client-7");
        var seen = new List<JObject>();
        while (seen.Count < 3)
        {
            seen.AddRange((await ReceiveAsync(socket, timeout.Token))["activities"]!.Cast<JObject>());
        }

        Assert.Equal(id, (string)seen[0]["id"]!);
        Assert.Equal("client-7", (string)seen[0]["channelData"]!["clientActivityID"]!);
        Assert.StartsWith("Let's write your request letter.", (string)seen[1]["text"]!);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task A_reconnect_with_a_watermark_streams_only_what_came_after_it()
    {
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}?watermark=1", session.Token);
        var info = DirectLineTestClient.Parse(await reconnect.Content.ReadAsStringAsync());
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await socket.ConnectAsync(new Uri((string)info["streamUrl"]!), timeout.Token);
        var first = await ReceiveAsync(socket, timeout.Token);

        Assert.Equal($"{session.ConversationId}|0000002", (string)first["activities"]![0]!["id"]!);
        Assert.Single(first["activities"]!);
    }

    [Fact]
    public async Task Proactive_messages_through_ContinueConversationAsync_land_in_the_conversation()
    {
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        var reference = new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = App.Get<LocalServiceUrl>().Value,
            Conversation = new ConversationAccount(id: session.ConversationId),
            Bot = LocalBot.Account(),
            User = new ChannelAccount(session.UserId),
        };

        await App.Get<RecordsBotAdapter>().ContinueConversationAsync(string.Empty, reference,
            (turn, ct) => turn.SendActivityAsync("A check-in about your request.", cancellationToken: ct), CancellationToken.None);

        var (activities, _) = await client.GetActivitiesAsync(session, "2");
        var proactive = Assert.Single(activities);
        Assert.Equal("A check-in about your request.", (string)proactive["text"]!);
        Assert.Null(proactive["replyToId"]);
    }

    [Fact]
    public async Task A_proactive_message_to_a_conversation_that_is_gone_gets_404_from_the_connector()
    {
        var reference = new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = App.Get<LocalServiceUrl>().Value,
            Conversation = new ConversationAccount(id: "no-such-conversation"),
            Bot = LocalBot.Account(),
        };
        HttpStatusCode? status = null;

        await App.Get<RecordsBotAdapter>().ContinueConversationAsync(string.Empty, reference, async (turn, ct) =>
        {
            try
            {
                await turn.SendActivityAsync("hello", cancellationToken: ct);
            }
            catch (ErrorResponseException e)
            {
                status = e.Response.StatusCode;
            }
        }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_connector_routes_refuse_requests_relayed_by_a_proxy()
    {
        var session = await client.StartSessionAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/conversations/{session.ConversationId}/activities")
        {
            Content = new StringContent("{\"type\":\"message\",\"text\":\"spoofed\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await App.Http().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain((await client.GetActivitiesAsync(session)).Activities, a => (string?)a["text"] == "spoofed");
    }

    [Fact]
    public async Task Tokens_are_bound_to_their_conversation_and_expire()
    {
        var mine = await client.StartSessionAsync();
        var theirs = await client.StartSessionAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetActivitiesResponseAsync(theirs.ConversationId, mine.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{mine.ConversationId}/activities", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetActivitiesResponseAsync(mine.ConversationId, mine.Token[..^2] + "xx")).StatusCode);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesResponseAsync(mine.ConversationId, mine.Token)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetActivitiesResponseAsync(mine.ConversationId, mine.Token)).StatusCode);
    }

    [Fact]
    public async Task Refreshing_a_token_keeps_the_conversation_going()
    {
        var session = await client.StartSessionAsync();
        time.Advance(TimeSpan.FromMinutes(15));

        var response = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", session.Token);
        var fresh = (string)DirectLineTestClient.Parse(await response.Content.ReadAsStringAsync())["token"]!;
        time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetActivitiesResponseAsync(session.ConversationId, session.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesResponseAsync(session.ConversationId, fresh)).StatusCode);
    }

    [Fact]
    public async Task A_page_resumes_its_conversation_with_its_saved_token_until_the_resume_window_closes()
    {
        var first = await client.StartSessionAsync();
        await client.StartConversationAsync(first.Token);
        time.Advance(TimeSpan.FromDays(2));

        var resumed = await client.StartSessionAsync(first.Token);
        Assert.Equal(first.ConversationId, resumed.ConversationId);
        Assert.Equal(first.UserId, resumed.UserId);
        Assert.Equal(2, (await client.GetActivitiesAsync(resumed)).Activities.Count);

        time.Advance(TimeSpan.FromDays(29));
        Assert.NotEqual(first.ConversationId, (await client.StartSessionAsync(resumed.Token)).ConversationId);
        Assert.NotEqual(first.ConversationId, (await client.StartSessionAsync("rb1.forged.token")).ConversationId);
    }

    [Fact]
    public async Task A_browser_is_the_same_user_in_every_conversation_it_starts_with_its_user_ticket()
    {
        var first = await client.StartSessionAsync();
        time.Advance(TimeSpan.FromDays(45));

        // Long after its token could resume anything, the page's ticket still says who it is.
        var later = await client.StartSessionAsync(first.Token, first.User);
        var stranger = await client.StartSessionAsync(null, null);

        Assert.NotEqual(first.ConversationId, later.ConversationId);
        Assert.Equal(first.UserId, later.UserId);
        Assert.Equal(first.User, later.User);
        Assert.NotEqual(first.UserId, stranger.UserId);
        Assert.NotEqual(first.UserId, (await client.StartSessionAsync(null, first.User[..^2] + "xx")).UserId);
        Assert.NotEqual(first.UserId, (await client.StartSessionAsync(null, first.Token)).UserId);
        Assert.NotEqual(first.UserId, (await client.StartSessionAsync(null, "rbu1.ZGxfMTIzNA.forged")).UserId);
    }

    [Fact]
    public async Task Retention_removes_idle_conversations_their_activities_and_their_state()
    {
        var old = await client.StartSessionAsync();
        await client.StartConversationAsync(old.Token);
        time.Advance(TimeSpan.FromDays(20));
        var recent = await client.StartSessionAsync();
        await client.StartConversationAsync(recent.Token);
        time.Advance(TimeSpan.FromDays(11));

        await App.Get<LocalChannelRetention>().PruneOnceAsync(CancellationToken.None);

        var store = App.Get<LocalConversationStore>();
        Assert.Null(await store.FindAsync(old.ConversationId, CancellationToken.None));
        Assert.NotNull(await store.FindAsync(recent.ConversationId, CancellationToken.None));
        Assert.Empty(await App.Get<Microsoft.Bot.Builder.IStorage>().ReadAsync([$"webchat/conversations/{old.ConversationId}"]));
        Assert.Single(await App.Get<Microsoft.Bot.Builder.IStorage>().ReadAsync([$"webchat/conversations/{recent.ConversationId}"]));
        var tokens = App.Get<DirectLineTokens>();
        var stillSigned = await tokens.IssueAsync(old.ConversationId, old.UserId, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetActivitiesResponseAsync(old.ConversationId, stillSigned)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"x\"}")]
    public async Task Bad_posts_get_a_400_and_the_conversation_keeps_working(string body)
    {
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.Token);

        var response = await App.Http().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await client.SayAsync(session, "Who to contact", "c1");
        Assert.Contains((await client.GetActivitiesAsync(session, "2")).Activities, a => ((string?)a["text"])?.StartsWith("Let's list everyone who may hold your records.", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("text/plain", "hello")]
    [InlineData("application/json", "{\"token\": 42")]
    public async Task A_session_request_that_is_not_JSON_gets_a_400(string contentType, string body)
    {
        var response = await App.Http().PostAsync("webchat/session", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Uploads_are_refused_plainly()
    {
        var session = await client.StartSessionAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/upload", session.Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_with_the_official_Web_Chat_bundle()
    {
        var http = App.Http();

        var page = await http.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("<title>RecordsBot", page);
        Assert.Contains("aria-labelledby=\"title\"", page);
        Assert.Contains("lib/webchat.js", page);
        var bundle = await http.GetAsync("/lib/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
    }

    private static async Task<JObject> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);

        return DirectLineTestClient.Parse(text.ToString());
    }
}
