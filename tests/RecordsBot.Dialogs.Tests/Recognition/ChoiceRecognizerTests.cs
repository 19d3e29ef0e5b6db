using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Options =
    [
        new("request", "Request my records", ["ask for records", "get records"]),
        new("fees", "Fees and deadlines", ["costs", "how long"]),
        new("rights", "Know my rights", ["hipaa"]),
    ];

    [Theory]
    [InlineData("2", "fees")]
    [InlineData("2.", "fees")]
    [InlineData("#2", "fees")]
    [InlineData(" 3 ", "rights")]
    [InlineData("two", "fees")]
    [InlineData("Two!", "fees")]
    [InlineData("second", "fees")]
    [InlineData("2nd", "fees")]
    [InlineData("the second one", "fees")]
    [InlineData("the first", "request")]
    [InlineData("number 3", "rights")]
    [InlineData("option one", "request")]
    [InlineData("FEES AND DEADLINES", "fees")]
    [InlineData("fees  and deadlines.", "fees")]
    [InlineData("Know my rights", "rights")]
    [InlineData("HIPAA", "rights")]
    [InlineData("costs", "fees")]
    [InlineData("request", "request")]
    [InlineData("Rights", "rights")]
    [InlineData("I want fees and deadlines please", "fees")]
    [InlineData("um, how long does it take?", "fees")]
    [InlineData("what about hipaa", "rights")]
    [InlineData("Fees and dedlines", "fees")]
    [InlineData("Know my rihgts", "rights")]
    [InlineData("cots", "fees")]
    public void Picks_the_option(string text, string expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Options));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("fourth")]
    [InlineData("the 12th one")]
    [InlineData("2 or 3")]
    [InlineData("costs and hipaa")]
    [InlineData("fes")]
    [InlineData("Fees and dead")]
    public void Picks_nothing(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Options));

    [Fact]
    public void A_reply_that_fits_two_options_equally_picks_nothing()
    {
        ChoiceOption[] options =
        [
            new("copy", "Get a copy", ["records"]),
            new("send", "Send to my doctor", ["records"]),
            new("fax", "Fax", []),
            new("tax", "Tax", []),
            new("mailing", "Mailing", []),
            new("sailing", "Sailing", []),
        ];

        Assert.Null(ChoiceRecognizer.Recognize("records", options));
        Assert.Null(ChoiceRecognizer.Recognize("my records please", options));
        Assert.Null(ChoiceRecognizer.Recognize("Railing", options));
        Assert.Equal("mailing", ChoiceRecognizer.Recognize("Mailng", options));
        Assert.Equal("copy", ChoiceRecognizer.Recognize("get a copy", options));
    }

    [Fact]
    public void No_options_pick_nothing() => Assert.Null(ChoiceRecognizer.Recognize("1", []));

    [Theory]
    [InlineData("hipaa and costs", 2)]
    [InlineData("I want to know my rights", 1)]
    [InlineData("purple elephants", 0)]
    public void Counts_the_options_a_reply_names(string text, int expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Mentioned(text, Options));
}
