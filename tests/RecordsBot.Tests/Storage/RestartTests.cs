using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Storage;

/// <summary>Conversation state lives in the SQLite file: it survives stopping and starting the app.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task State_survives_an_app_restart_on_the_same_SQLite_file()
    {
        const string conversation = "restart-conversation";
        using (var first = new RecordsBotApp(data))
        {
            var welcome = await new BotClient(first.Http(), conversationId: conversation).JoinAsync();
            Assert.Equal(2, welcome.Count);
        }

        using var second = new RecordsBotApp(data);
        var bot = new BotClient(second.Http(), conversationId: conversation);
        Assert.Empty(await bot.JoinAsync());
        var replies = await bot.SayAsync("Track my requests");
        Assert.StartsWith("I can keep track of a request", replies[0].Text);
    }
}
