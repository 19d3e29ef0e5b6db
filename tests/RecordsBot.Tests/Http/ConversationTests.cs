using Microsoft.Bot.Schema;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>Whole conversations over real HTTP through /api/messages (deliveryMode expectReplies).</summary>
public sealed class ConversationTests : AppTest
{

    [Fact]
    public async Task Welcomes_once_when_the_conversation_starts_then_shows_the_menu_as_suggested_actions()
    {
        var bot = new BotClient(App.Http());

        var welcome = await bot.JoinAsync();

        Assert.Equal(2, welcome.Count);
        Assert.StartsWith("Hi, I'm RecordsBot.", welcome[0].Text);
        Assert.Contains("not legal advice", welcome[0].Text);
        Assert.Equal("What would you like to do?", welcome[1].Text);
        var actions = welcome[1].SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Know my rights", "Who to contact", "What ID to bring", "Someone else's records", "Fees and deadlines", "Write a request letter", "Track my requests"], actions);

        Assert.Empty(await bot.JoinAsync());
        var reply = await bot.SayAsync("hello");
        Assert.DoesNotContain(reply, a => a.Text?.StartsWith("Hi, I'm RecordsBot.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Welcomes_on_a_first_message_when_no_conversation_update_came_first_as_on_Teams()
    {
        var bot = new BotClient(App.Http(), channelId: "msteams");

        var replies = await bot.SayAsync("hi");

        Assert.StartsWith("Hi, I'm RecordsBot.", replies[0].Text);
        var card = Assert.IsType<Newtonsoft.Json.Linq.JObject>(Assert.Single(replies[1].Attachments).Content);
        Assert.Equal(HeroCard.ContentType, replies[1].Attachments[0].ContentType);
        Assert.Equal(7, card["buttons"]!.Count());
        Assert.Empty(await bot.JoinAsync());
    }

    [Fact]
    public async Task A_menu_choice_says_what_the_topic_covers_and_shows_the_menu_again()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync("write a request letter");

        Assert.StartsWith("Let's write your request letter.", replies[0].Text);
        Assert.NotNull(replies[^1].SuggestedActions);
    }

    [Fact]
    public async Task On_SMS_the_menu_is_numbered_plain_text_and_a_number_picks_a_topic()
    {
        var bot = new BotClient(App.Http(), channelId: "sms");

        var welcome = await bot.SayAsync("hi");
        var menu = welcome[^1];
        Assert.Null(menu.SuggestedActions);
        Assert.Empty(menu.Attachments ?? []);
        Assert.Contains("Reply 1 for Know my rights", menu.Text);
        Assert.Contains("Reply 7 for Track my requests", menu.Text);
        Assert.DoesNotContain("**", menu.Text);

        var replies = await bot.SayAsync("2");
        Assert.StartsWith("Let's list who may hold your records.", replies[0].Text);
    }

    [Fact]
    public async Task Something_it_does_not_understand_gets_a_short_answer_and_the_menu()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var replies = await bot.SayAsync("purple elephants");

        var reply = Assert.Single(replies);
        Assert.StartsWith("Sorry, I didn't understand that.", reply.Text);
        Assert.NotNull(reply.SuggestedActions);
    }

    [Fact]
    public async Task Menu_keyword_shows_the_menu_without_an_apology()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var reply = Assert.Single(await bot.SayAsync("Menu"));

        Assert.StartsWith("What would you like to do?", reply.Text);
        Assert.NotNull(reply.SuggestedActions);
    }

    [Fact]
    public async Task A_message_with_no_text_is_answered_politely()
    {
        var bot = new BotClient(App.Http());
        await bot.JoinAsync();

        var replies = await bot.SendAsync(new Activity(ActivityTypes.Message) { Attachments = [new Attachment("image/png", "http://127.0.0.1:9/x.png")] });

        Assert.StartsWith("I can only read text messages", replies[0].Text);
        Assert.Equal("What would you like to do?", replies[1].Text);
        Assert.NotNull(replies[1].SuggestedActions);
    }

    [Fact]
    public async Task Health_and_readiness_endpoints_answer()
    {
        var http = App.Http();

        Assert.Equal("{\"status\":\"alive\"}", await http.GetStringAsync("/healthz"));
        Assert.Equal("{\"status\":\"ready\"}", await http.GetStringAsync("/readyz"));
    }
}
