using System.Net;
using Microsoft.Bot.Schema;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>Bad requests get a 4xx or a polite reply, never a 500 or a stack trace, and the conversation keeps working.</summary>
public sealed class BadInputTests : AppTest
{

    public static TheoryData<string, string> BrokenBodies => new()
    {
        { "empty body", string.Empty },
        { "malformed JSON", "{\"type\":\"message\",\"text\":" },
        { "JSON array", "[1,2,3]" },
        { "JSON string", "\"hello\"" },
        { "no type", """{"text":"hi","channelId":"webchat","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "unknown type", """{"type":"teleport","channelId":"webchat","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "missing conversation", """{"type":"message","text":"hi","channelId":"webchat","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"}}""" },
        { "missing from", """{"type":"message","text":"hi","channelId":"webchat","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""" },
        { "missing serviceUrl", """{"type":"message","text":"hi","channelId":"webchat","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "relative serviceUrl", """{"type":"message","text":"hi","channelId":"webchat","serviceUrl":"/x","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "missing channelId", """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "wrong field types", """{"type":"message","text":{"a":1},"channelId":"webchat","serviceUrl":"http://127.0.0.1:9/","conversation":"c","from":{"id":"u"}}""" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task Broken_activities_get_a_400_with_a_short_reason_and_no_stack_trace(string why, string body)
    {
        var bot = new BotClient(App.Http());

        var response = await bot.PostRawAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: HTTP {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("Exception", text);
        await AssertConversationStillWorks(bot);
    }

    [Fact]
    public async Task A_1_MB_message_is_refused_with_413_and_the_conversation_goes_on()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var response = await bot.PostAsync(new Activity(ActivityTypes.Message) { Text = new string('a', 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        await AssertConversationStillWorks(bot);
    }

    [Fact]
    public async Task A_long_message_under_the_size_limit_gets_a_polite_request_to_shorten_it()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync(new string('b', 10_000));

        Assert.Equal("That message is too long for me to read. Please send it in shorter parts (up to 4000 characters).", Assert.Single(replies).Text);
        await AssertConversationStillWorks(bot);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.EndOfConversation)]
    public async Task Activity_types_the_bot_does_not_use_are_accepted_quietly(string type)
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var response = await bot.PostAsync(new Activity(type) { Name = "something" });

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        await AssertConversationStillWorks(bot);
    }

    private static async Task AssertConversationStillWorks(BotClient bot)
    {
        await bot.JoinAsync();
        var replies = await bot.SayAsync("Track my requests");
        Assert.Contains(replies, r => r.Text?.StartsWith("I can keep track of a request", StringComparison.Ordinal) == true);
    }
}
