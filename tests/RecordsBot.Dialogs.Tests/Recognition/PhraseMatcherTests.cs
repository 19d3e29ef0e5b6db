using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new(
    [
        ("fees", "how much can they charge"),
        ("fees", "fee"),
        ("fees", "cost"),
        ("fees", "price"),
        ("fees", "how long do they have"),
        ("representatives", "mom died"),
        ("representatives", "dad died"),
        ("representatives", "someone who died"),
        ("representatives", "my child"),
        ("representatives", "power of attorney"),
        ("providers", "which doctors"),
        ("providers", "who do I contact"),
        ("request", "get my records"),
        ("request", "request records"),
        ("greeting", "the"),
    ]);

    [Theory]
    [InlineData("how much can they charge me", "fees")]
    [InlineData("How much do they charge?", "fees")]
    [InlineData("What does it cost?", "fees")]
    [InlineData("what are the fees", "fees")]
    [InlineData("prices?", "fees")]
    [InlineData("how long do they have to answer", "fees")]
    [InlineData("my mom died, can I get her records", "representatives")]
    [InlineData("My dad has died", "representatives")]
    [InlineData("records for someone who died", "representatives")]
    [InlineData("I have power of attorney", "representatives")]
    [InlineData("I'm asking for my child", "representatives")]
    [InlineData("Which doctors have my records?", "providers")]
    [InlineData("who should I contact", "providers")]
    [InlineData("I want to request my records", "request")]
    [InlineData("how much can they chrage", "fees")]
    public void Picks_the_target(string text, string expected) => Assert.Equal(expected, Matcher.Match(text)?.Target);

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("how much")]
    [InlineData("my mom")]
    [InlineData("who died")]
    public void Picks_nothing(string text) => Assert.Null(Matcher.Match(text));

    [Fact]
    public void Two_targets_with_the_same_best_score_are_ambiguous()
    {
        var matcher = new PhraseMatcher([("fees", "copy cost"), ("request", "copy records"), ("rights", "hipaa")]);

        Assert.Null(matcher.Match("a copy of my records, what does it cost"));
        Assert.Equal("fees", matcher.Match("what does a copy cost")?.Target);
    }

    [Fact]
    public void The_same_phrase_for_two_targets_is_ambiguous()
    {
        var matcher = new PhraseMatcher([("a", "medical records"), ("b", "medical records"), ("b", "x-ray")]);

        Assert.Null(matcher.Match("my medical records"));
        Assert.Equal("b", matcher.Match("my x-ray and medical records")?.Target);
    }

    [Fact]
    public void Specific_words_weigh_more_than_shared_ones()
    {
        // "records" is in two targets' phrases, "died" in one: ln(1 + 2/1) > ln(1 + 2/2).
        var matcher = new PhraseMatcher([("request", "records"), ("representatives", "died"), ("representatives", "records")]);

        var match = matcher.Match("she died, I need her records");

        Assert.NotNull(match);
        Assert.Equal("representatives", match.Target);
        Assert.Equal("died", match.Phrase);
        Assert.Equal(Math.Log(3), match.Score, 9);
    }

    [Fact]
    public void The_score_is_the_sum_of_the_phrase_word_weights()
    {
        var match = Matcher.Match("how much can they charge me");

        // Four targets ("greeting" has only the stop word "the", so it is ignored); "how", "much", "they" and
        // "charge" are each in phrases of fees only: 4 × ln(1 + 4/1).
        Assert.NotNull(match);
        Assert.Equal("how much can they charge", match.Phrase);
        Assert.Equal(4 * Math.Log(1 + 4.0 / 1), match.Score, 9);
    }
}
