using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Guidance;

/// <summary>Questions through the whole app (/api/messages) with rewording on, against the local stand-in of Azure OpenAI;
/// and the settings it is refused with at start.</summary>
public sealed class AnswersInAppTests : IAsyncLifetime
{
    private const string Question = "what are psychotherapy notes?";
    private const string Reworded = "Your therapist's private session notes can be kept from you.\nSource: 45 CFR 164.524(a)(1)(i)";

    private readonly TestDataFolder data = new();
    private ChatCompletionsStub stub = null!;
    private RecordsBotApp app = null!;

    public async Task InitializeAsync()
    {
        stub = await ChatCompletionsStub.StartAsync();
        app = new RecordsBotApp(data, new Dictionary<string, string?>
        {
            ["RecordsBot:OpenAI:Endpoint"] = stub.Endpoint.ToString(),
            ["RecordsBot:OpenAI:Deployment"] = "plain-words",
            ["RecordsBot:OpenAI:ApiKey"] = "test-key",
        }, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero)))));
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        data.Dispose();
        await stub.DisposeAsync();
    }

    [Fact]
    public async Task A_question_gets_the_reworded_passage_and_the_model_never_sees_the_question()
    {
        stub.Reply = Reworded;
        var bot = new BotClient(app.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync(Question);

        Assert.Equal(2, replies.Count);
        Assert.Contains("Your therapist", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Source: 45 CFR 164.524(a)(1)(i)", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("You can ask me another question", replies[0].Text, StringComparison.Ordinal);
        var sent = Assert.Single(stub.Requests).MessagesText;
        Assert.Contains("A provider may keep back psychotherapy notes.", sent, StringComparison.Ordinal);
        Assert.DoesNotContain(Question, sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("what are", sent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_the_model_fails_the_passage_is_said_as_written_with_its_source()
    {
        stub.Status = 500;
        var bot = new BotClient(app.Http(), channelId: "sms");
        await bot.JoinAsync();

        var replies = await bot.SayAsync(Question);

        Assert.StartsWith("A provider may keep back psychotherapy notes.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("(Source: 45 CFR 164.524(a)(1)(i))", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs, l => l.Contains("psychotherapy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_question_with_no_source_never_reaches_the_model()
    {
        var bot = new BotClient(app.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync("who won the super bowl?");

        Assert.Contains("I don't know", replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("RecordsBot:OpenAI:Endpoint", "not a url", "RecordsBot:OpenAI:Endpoint must be an https URL")]
    [InlineData("RecordsBot:OpenAI:Endpoint", "http://example.org/", "RecordsBot:OpenAI:Endpoint must be an https URL")]
    [InlineData("RecordsBot:OpenAI:Endpoint", "https://example.openai.azure.com/", "RecordsBot:OpenAI:Deployment must name")]
    [InlineData("RecordsBot:OpenAI:ApiKey", "a-key", "RecordsBot:OpenAI:Endpoint is empty")]
    [InlineData("RecordsBot:OpenAI:TimeoutSeconds", "0", "RecordsBot:OpenAI:TimeoutSeconds must be between 1 and 60")]
    public void A_bad_openai_setting_stops_the_start_and_names_the_setting(string key, string value, string message)
    {
        using var other = new TestDataFolder();

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(other, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
