using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Privacy;

/// <summary>"delete my data" in Web Chat erases the conversation's state and its stored messages, and logs no more
/// than which stores were erased.</summary>
public sealed class DeleteMyDataTests : AppTest
{
    [Fact]
    public async Task After_yes_nothing_said_before_is_stored_and_the_conversation_goes_on()
    {
        var client = new DirectLineTestClient(App.Http());
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        await client.SayAsync(session, "my mom Zoë died, can I get her records", "c1");
        await client.SayAsync(session, "delete my data", "c2");
        await client.SayAsync(session, "yes", "c3");

        var (stored, _) = await client.GetActivitiesAsync(session);
        Assert.Equal(["Done. I deleted what I kept about you. If you write again, we start fresh.", "What would you like to do?"], stored.Select(a => (string)a["text"]!));
        Assert.DoesNotContain(stored, a => ((string?)a["text"])?.Contains("Zoë", StringComparison.Ordinal) == true);

        await using (var db = await App.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.StateItems.AnyAsync(x => x.Key.Contains(session.ConversationId)), "the conversation's bot state is gone");
        }

        // The same conversation goes on, fresh: the person is welcomed again, as the bot says it would.
        await client.SayAsync(session, "Track my requests", "c4");
        var (after, _) = await client.GetActivitiesAsync(session, "2");
        Assert.Contains(after, a => ((string?)a["text"])?.StartsWith("I can keep track of a request", StringComparison.Ordinal) == true);

        var logs = string.Join("\n", App.Logs);
        Assert.Contains("Erased conversation-state", logs);
        Assert.Contains("Erased local-transcript", logs);
        Assert.DoesNotContain(session.ConversationId, logs);
        Assert.DoesNotContain("Zoë", logs);
    }

    [Fact]
    public async Task No_keeps_everything()
    {
        var client = new DirectLineTestClient(App.Http());
        var session = await client.StartSessionAsync();
        await client.StartConversationAsync(session.Token);
        await client.SayAsync(session, "delete my data", "c1");
        await client.SayAsync(session, "no", "c2");

        var (stored, _) = await client.GetActivitiesAsync(session);
        Assert.StartsWith("Hi, I'm RecordsBot.", (string)stored[0]["text"]!);
        Assert.Equal("OK, I kept everything as it was.", (string)stored[^2]["text"]!);
        Assert.DoesNotContain(App.Logs, l => l.Contains("Erased", StringComparison.Ordinal));
    }
}
