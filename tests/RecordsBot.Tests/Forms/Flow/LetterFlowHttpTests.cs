using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Forms.Flow;

/// <summary>
/// The letter conversation through the real /api/messages, with a provider from the person's saved list: the PDF is
/// downloaded from the link the bot gave and read back (PdfPig) for what the person said; nothing they typed is logged;
/// "delete my data" forgets the answers kept for their next letter.
/// </summary>
public sealed class LetterFlowHttpTests : AppTest
{
    private const string User = "user-letter-http";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp() => new(Data, services: s => s.AddSingleton<TimeProvider>(time));

    private async Task<BotClient> StartAsync()
    {
        await App.Get<IProviderList>().AddAsync(new PersonRef("webchat", User), new ProviderDetails("Riverside Family Medicine", "primary-care", "OH", "400 Main St, Columbus, OH 43215"), CancellationToken.None);
        var bot = new BotClient(App.Http(), userId: User);
        await bot.JoinAsync();
        return bot;
    }

    private static async Task<string> SayAsync(BotClient bot, string text) =>
        string.Join("\n", (await bot.SayAsync(text)).Select(r => r.Text));

    [Fact]
    public async Task The_letter_downloaded_from_the_link_the_bot_gave_holds_what_the_person_said_and_a_saved_provider_fills_its_part()
    {
        var bot = await StartAsync();
        await SayAsync(bot, "I need a letter for my records");
        await SayAsync(bot, "Siobhán O'Brien-Núñez");
        await SayAsync(bot, "March 3, 1980");
        await SayAsync(bot, "12 Elm St, Columbus, OH 43215");
        await SayAsync(bot, "(555) 201-3344");
        var list = await SayAsync(bot, "last four 6789");
        Assert.Contains("Riverside Family Medicine", list, StringComparison.Ordinal);
        Assert.Contains("Reply with its number, or new", list, StringComparison.Ordinal);

        // The saved provider's state and postal address need no question.
        Assert.Contains("Which records do you want?", await SayAsync(bot, "1"), StringComparison.Ordinal);
        await SayAsync(bot, "Only some parts");
        await SayAsync(bot, "lab results and the images");
        await SayAsync(bot, "paper");
        var summary = await SayAsync(bot, "I'll pick it up");
        Assert.Contains("**Provider address**: 400 Main St, Columbus, OH 43215", summary, StringComparison.Ordinal);
        Assert.Contains("**Records**: Lab results, The images themselves", summary, StringComparison.Ordinal);

        var replies = await bot.SayAsync("yes");
        var attachment = Assert.Single(replies[0].Attachments);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Contains(attachment.ContentUrl, replies[0].Text, StringComparison.Ordinal);

        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(attachment.ContentUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = RecordsBot.Tests.Forms.PdfText.Flatten(RecordsBot.Tests.Forms.PdfText.Read(pdf).Text);
        foreach (var expected in new[] { "Siobhán O'Brien-Núñez", "March 3, 1980", "12 Elm St, Columbus, OH 43215", "(555) 201-3344", "6789", "Riverside Family Medicine", "400 Main St, Columbus, OH 43215", "45 CFR 164.524" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("123-45", text, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs, line => line.Contains("O'Brien", StringComparison.Ordinal) || line.Contains("Riverside", StringComparison.Ordinal) || line.Contains("Elm St", StringComparison.Ordinal));
        Assert.Contains(App.Logs, line => line.Contains("[letter_created] Letter Request made", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_my_data_forgets_the_answers_kept_for_the_next_letter()
    {
        var bot = await StartAsync();
        await SayAsync(bot, "I need a letter for my records");
        await SayAsync(bot, "Ana Ruiz");
        await SayAsync(bot, "March 3, 1980");

        // Stopped and begun again: the answers so far are kept.
        await SayAsync(bot, "menu");
        var again = await SayAsync(bot, "write a request letter");
        Assert.Contains("I'll use what you already told me", again, StringComparison.Ordinal);
        Assert.Contains("What is the mailing address", again, StringComparison.Ordinal);

        await SayAsync(bot, "delete my data");
        await SayAsync(bot, "yes");
        var fresh = await bot.SayAsync("write a request letter");
        Assert.DoesNotContain(fresh, r => (r.Text ?? string.Empty).Contains("I'll use what you already told me", StringComparison.Ordinal));
        Assert.Equal("Whose records are you asking for?", fresh[^1].Text);
        Assert.Equal(["My own records", "Someone else's"], fresh[^1].SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_character_no_font_has_is_explained_and_the_answer_holding_it_is_asked_again_with_the_rest_kept()
    {
        var bot = await StartAsync();
        await SayAsync(bot, "I need a letter for my records");
        await SayAsync(bot, "Ana \U0001F600 Ruiz");
        await SayAsync(bot, "March 3, 1980");
        await SayAsync(bot, "12 Elm St, Columbus, OH 43215");
        await SayAsync(bot, "ana@example.org");
        await SayAsync(bot, "skip");
        await SayAsync(bot, "1");
        await SayAsync(bot, "all");
        await SayAsync(bot, "pdf");
        await SayAsync(bot, "mail");

        var refused = await SayAsync(bot, "yes");
        Assert.Contains("I can't print these characters in the letter: \U0001F600.", refused, StringComparison.Ordinal);
        Assert.EndsWith("What is your full name, as your provider knows it?", refused, StringComparison.Ordinal);

        var summary = await SayAsync(bot, "Ana Ruiz");
        Assert.Contains("**Patient name**: Ana Ruiz", summary, StringComparison.Ordinal);
        Assert.Contains("**Address**: 12 Elm St, Columbus, OH 43215", summary, StringComparison.Ordinal);
        var made = await bot.SayAsync("yes");
        Assert.Equal("application/pdf", Assert.Single(made[0].Attachments).ContentType);
    }
}
