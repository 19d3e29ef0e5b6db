using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>Talks to /api/messages over real HTTP the way a channel does, with deliveryMode expectReplies.</summary>
public sealed class BotClient(HttpClient http, string channelId = "webchat", string? conversationId = null, string userId = "user-1")
{
    public string ConversationId { get; } = conversationId ?? Guid.NewGuid().ToString("N");

    public string ChannelId => channelId;

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(new Activity(ActivityTypes.Message) { Text = text });

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity(ActivityTypes.ConversationUpdate)
    {
        MembersAdded = [new ChannelAccount("bot", "RecordsBot"), new ChannelAccount(userId, "Person")],
    });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        var replies = JObject.Parse(body)["activities"]?.ToObject<List<Activity>>() ?? [];
        return replies;
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization = null)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= "http://127.0.0.1:9/";
        activity.Conversation ??= new ConversationAccount(id: ConversationId);
        activity.From ??= new ChannelAccount(userId, "Person", RoleTypes.User);
        activity.Recipient ??= new ChannelAccount("bot", "RecordsBot", RoleTypes.Bot);
        activity.DeliveryMode ??= DeliveryModes.ExpectReplies;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        return PostRawAsync(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), authorization);
    }

    public Task<HttpResponseMessage> PostRawAsync(string json, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return http.SendAsync(request);
    }
}
