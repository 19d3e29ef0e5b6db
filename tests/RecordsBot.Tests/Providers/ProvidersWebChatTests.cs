using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Providers;

/// <summary>Who to contact on the local Web Chat channel: the list a browser saved is there in the next conversation
/// it starts, and nothing of it reaches the logs.</summary>
public sealed class ProvidersWebChatTests : AppTest
{
    [Fact]
    public async Task The_list_saved_in_one_conversation_is_there_in_the_browser_s_next_one_and_nothing_of_it_is_logged()
    {
        var client = new DirectLineTestClient(App.Http());
        var first = await client.StartSessionAsync();
        await client.StartConversationAsync(first.Token);
        string[] said = ["Who to contact", "yes", "Dr. Zoë Secretname", "Ohio", "fax 555-201-3344"];
        for (var i = 0; i < said.Length; i++)
        {
            await client.SayAsync(first, said[i], $"c{i}");
        }

        // The page lost its conversation (no token to resume), but kept its user ticket.
        var next = await client.StartSessionAsync(savedToken: null, userTicket: first.User);
        await client.StartConversationAsync(next.Token);
        await client.SayAsync(next, "my list", "d1");

        Assert.NotEqual(first.ConversationId, next.ConversationId);
        var (activities, _) = await client.GetActivitiesAsync(next);
        Assert.Contains(activities, a => ((string?)a["text"])?.Contains("1. **Dr. Zoë Secretname**: Primary care doctor, Ohio. Reach them: fax 555-201-3344", StringComparison.Ordinal) == true);
        var logs = string.Join("\n", App.Logs);
        Assert.DoesNotContain("Secretname", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("555-201-3344", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(first.UserId, logs, StringComparison.Ordinal);
    }
}
