using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>Talks to the app's local Direct Line endpoint the way the Web Chat widget does.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    /// <summary>A conversation the page started: its token, and the browser's user ticket (<see cref="User"/>).</summary>
    public sealed record Session(string ConversationId, string UserId, string Token, string User);

    public async Task<Session> StartSessionAsync(string? savedToken = null, string? userTicket = null)
    {
        var response = await http.PostAsync("webchat/session", Json(new JObject { ["token"] = savedToken, ["user"] = userTicket }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = Parse(await response.Content.ReadAsStringAsync());
        return new Session((string)body["conversationId"]!, (string)body["userId"]!, (string)body["token"]!, (string)body["user"]!);
    }

    public async Task<JObject> StartConversationAsync(string token)
    {
        var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task<string> SayAsync(Session session, string text, string clientActivityId)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = session.UserId, ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
        };
        var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)Parse(await response.Content.ReadAsStringAsync())["id"]!;
    }

    public async Task<(List<JObject> Activities, string Watermark)> GetActivitiesAsync(Session session, string? watermark = null)
    {
        var response = await GetActivitiesResponseAsync(session.ConversationId, session.Token, watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JTokenType.String, body["watermark"]!.Type);
        return (body["activities"]!.Cast<JObject>().ToList(), (string)body["watermark"]!);
    }

    public Task<HttpResponseMessage> GetActivitiesResponseAsync(string conversationId, string token, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JObject? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    /// <summary>Parses JSON keeping strings as sent (timestamps stay ISO text, as the widget sees them).</summary>
    public static JObject Parse(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JObject.Load(reader);
    }

    private static StringContent Json(JObject body) => new(body.ToString(), Encoding.UTF8, "application/json");
}
