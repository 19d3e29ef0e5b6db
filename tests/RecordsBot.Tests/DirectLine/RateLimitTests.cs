using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.DirectLine;

/// <summary>The local channel limits sessions per client address and messages per conversation.</summary>
public sealed class RateLimitTests : AppTest
{
    // A window far longer than the test, so no window boundary falls inside it.
    protected override RecordsBotApp CreateApp() => new(Data, new Dictionary<string, string?>
    {
        ["RecordsBot:LocalChannel:RateLimitWindow"] = "02:00:00",
        ["RecordsBot:LocalChannel:SessionsPerWindow"] = "3",
        ["RecordsBot:LocalChannel:MessagesPerWindow"] = "2",
    });

    [Fact]
    public async Task Too_many_sessions_from_one_address_get_429()
    {
        var http = App.Http();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("webchat/session", Empty())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsync("webchat/session", Empty())).StatusCode);
    }

    [Fact]
    public async Task Too_many_messages_in_one_conversation_get_429_and_other_conversations_are_not_affected()
    {
        var client = new DirectLineTestClient(App.Http());
        var busy = await client.StartSessionAsync();
        var quiet = await client.StartSessionAsync();
        await client.SayAsync(busy, "one", "c1");
        await client.SayAsync(busy, "two", "c2");

        var third = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{busy.ConversationId}/activities", busy.Token,
            new JObject { ["type"] = "message", ["text"] = "three" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        await client.SayAsync(quiet, "hello", "c3");
    }

    private static StringContent Empty() => new("{}", Encoding.UTF8, "application/json");
}
