using Microsoft.Bot.Schema;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Rendering;

public sealed class RenderingTests
{
    private static readonly string[] Labels = ["Know my **rights**", "Who to contact", "Fees"];

    private static MessageRenderer Renderer(int smsMax = 306) => new(EngineTexts.Catalog(), new RenderingOptions { SmsMaxLength = smsMax });

    [Theory]
    [InlineData("You have **rights** and __more__.", "You have rights and more.")]
    [InlineData("It is *really* yours.", "It is really yours.")]
    [InlineData("See [the HHS page](https://hhs.gov/hipaa) now.", "See the HHS page (https://hhs.gov/hipaa) now.")]
    [InlineData("Go to [https://hhs.gov](https://hhs.gov).", "Go to https://hhs.gov.")]
    [InlineData("# Your rights\nText", "Your rights\nText")]
    [InlineData("### Fees\n> quoted", "Fees\nquoted")]
    [InlineData("* one\n+ two\n• three", "- one\n- two\n- three")]
    [InlineData("Use `menu`.", "Use menu.")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    public void Sms_loses_markdown(string markdown, string plain) =>
        Assert.Equal(plain, PlainText.FromMarkdown(markdown));

    [Fact]
    public void Sms_text_is_plain()
    {
        var sent = Renderer().Text("sms", "**Hi** [there](https://x.test)");

        Assert.Equal("Hi there (https://x.test)", Assert.IsType<Activity>(Assert.Single(sent)).Text);
    }

    [Fact]
    public void Other_channels_keep_markdown()
    {
        Assert.Equal("**Hi**", ((Activity)Assert.Single(Renderer().Text("webchat", "**Hi**"))).Text);
        Assert.Equal("**Hi**", ((Activity)Assert.Single(Renderer().Text("msteams", "**Hi**"))).Text);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(160)]
    public void Long_sms_text_is_split_with_every_part_within_the_limit_and_nothing_lost(int max)
    {
        var text = "First paragraph has two sentences. This is the second one!\n\nSecond paragraph: a long sentence that goes on and on without stopping for quite a while, with words.\n"
            + "A word longer than any limit: " + new string('x', 75) + " and then the end.";

        var parts = PlainText.Split(text, max);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, max));
        // Nothing is lost or reordered: the same characters apart from whitespace, and the same words where no word
        // is longer than the limit (a longer one is cut into pieces).
        Assert.Equal(Squash(text), Squash(string.Concat(parts)));
        if (max >= 75)
        {
            Assert.Equal(Words(text), Words(string.Join(" ", parts)));
        }
    }

    [Fact]
    public void Split_prefers_paragraphs_then_sentences_then_words()
    {
        Assert.Equal(["Para one is here.", "Para two is here."], PlainText.Split("Para one is here.\n\nPara two is here.", 20));
        Assert.Equal(["One sentence here.", "Another one here."], PlainText.Split("One sentence here. Another one here.", 25));
        Assert.Equal(["alpha beta gamma", "delta epsilon"], PlainText.Split("alpha beta gamma delta epsilon", 20));
        Assert.Equal(["Short fits."], PlainText.Split("Short fits.", 20));
    }

    [Fact]
    public void A_source_in_parentheses_and_an_abbreviation_stay_with_their_sentence()
    {
        // Split where a sentence starts (a capital, a digit, a quote), so a citation never arrives alone.
        Assert.Equal(["Fees are capped at cost.", "Ask for an estimate first. (Source: 42 Pa.C.S. §6152)"],
            PlainText.Split("Fees are capped at cost. Ask for an estimate first. (Source: 42 Pa.C.S. §6152)", 60));
        Assert.Equal(["See 42 Pa.C.S. §6152 for the rates.", "They change yearly."],
            PlainText.Split("See 42 Pa.C.S. §6152 for the rates. They change yearly.", 40));
    }

    [Fact]
    public void Sms_splits_long_texts_into_several_messages()
    {
        var sent = Renderer(smsMax: 40).Text("sms", "This is the first sentence of it. And this is the second sentence.");

        Assert.Equal(["This is the first sentence of it.", "And this is the second sentence."], sent.Select(a => ((Activity)a).Text));
    }

    [Fact]
    public void Sms_choices_are_numbered_lines_kept_together_with_the_question()
    {
        var sent = Renderer().Choices("sms", "What now?", Labels);

        var message = Assert.IsType<Activity>(Assert.Single(sent));
        Assert.Equal("What now?\nReply 1 for Know my rights\nReply 2 for Who to contact\nReply 3 for Fees", message.Text);
        Assert.Null(message.SuggestedActions);
    }

    [Fact]
    public void Sms_choices_that_do_not_fit_after_the_text_come_together_in_a_message_of_their_own()
    {
        var question = "Here is a fairly long question that takes up most of one message?";

        var sent = Renderer(smsMax: 80).Choices("sms", question, Labels).Select(a => ((Activity)a).Text).ToList();

        Assert.Equal([question, "Reply 1 for Know my rights\nReply 2 for Who to contact\nReply 3 for Fees"], sent);
    }

    [Fact]
    public void Teams_choices_are_a_hero_card_with_im_back_buttons()
    {
        var sent = Renderer().Choices("msteams", "What **now**?", Labels);

        var attachment = Assert.Single(Assert.IsType<Activity>(Assert.Single(sent)).Attachments);
        var card = Assert.IsType<HeroCard>(attachment.Content);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        Assert.Equal("What now?", card.Text); // Teams shows no markdown in card text
        Assert.Equal(Labels, card.Buttons.Select(b => b.Title));
        Assert.Equal(Labels, card.Buttons.Select(b => (string)b.Value));
        Assert.All(card.Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("telegram")]
    [InlineData(null)]
    public void Web_chat_and_other_channels_get_suggested_actions(string? channel)
    {
        var message = Assert.IsType<Activity>(Assert.Single(Renderer().Choices(channel, "What now?", Labels)));

        Assert.Equal("What now?", message.Text);
        Assert.Equal(Labels, message.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(message.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Null(message.Attachments is { Count: > 0 } ? message.Attachments : null);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static List<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
