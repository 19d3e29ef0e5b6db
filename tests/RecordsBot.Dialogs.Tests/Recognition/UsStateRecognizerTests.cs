using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class UsStateRecognizerTests
{
    [Theory]
    [InlineData("TX", "TX")]
    [InlineData("tx", "TX")]
    [InlineData("N.Y.", "NY")]
    [InlineData(" in ", "IN")]
    [InlineData("Ohio", "OH")]
    [InlineData("new york", "NY")]
    [InlineData("New York!", "NY")]
    [InlineData("Washington", "WA")]
    [InlineData("Washington state", "WA")]
    [InlineData("washington dc", "DC")]
    [InlineData("Washington, D.C.", "DC")]
    [InlineData("District of Columbia", "DC")]
    [InlineData("West Virginia", "WV")]
    [InlineData("virginia", "VA")]
    [InlineData("Puerto Rico", "PR")]
    [InlineData("Guam", "GU")]
    [InlineData("us virgin islands", "VI")]
    [InlineData("American Samoa", "AS")]
    [InlineData("Northern Mariana Islands", "MP")]
    [InlineData("I live in Ohio", "OH")]
    [InlineData("I live in West Virginia now", "WV")]
    [InlineData("we're in washington dc", "DC")]
    [InlineData("Arkansas", "AR")]
    [InlineData("I'm in OH", "OH")]
    [InlineData("Albany, N.Y.", "NY")]
    [InlineData("Californa", "CA")]
    [InlineData("Pensylvania", "PA")]
    [InlineData("I live in Pensylvania", "PA")]
    [InlineData("Ohoi", "OH")]
    public void Reads_the_state(string text, string code) => Assert.Equal(code, UsStateRecognizer.Recognize(text)?.Code);

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("I'm in a hurry")]
    [InlineData("me or my mom")]
    [InlineData("ok I will look")]
    [InlineData("XX")]
    [InlineData("Texas or Ohio")]
    [InlineData("Kansas and Arkansas")]
    [InlineData("Virginia or West Virginia")]
    [InlineData("I'm in the main office")]
    [InlineData("Carolina")]
    public void Reads_no_state(string text) => Assert.Null(UsStateRecognizer.Recognize(text));

    [Fact]
    public void Knows_the_50_states_dc_and_5_territories()
    {
        Assert.Equal(56, UsStateRecognizer.All.Count);
        Assert.Equal(56, UsStateRecognizer.All.Select(s => s.Code).Distinct().Count());
        Assert.All(UsStateRecognizer.All, s => Assert.Same(s, UsStateRecognizer.Recognize(s.Name)));
        Assert.All(UsStateRecognizer.All, s => Assert.Same(s, UsStateRecognizer.Recognize(s.Code)));
    }

    [Theory]
    [InlineData("ca", "CA")]
    [InlineData("N.Y.", "NY")]
    [InlineData("DC", "DC")]
    [InlineData("vi", "VI")]
    public void Finds_a_code(string code, string expected) => Assert.Equal(expected, UsStateRecognizer.FromCode(code)?.Code);

    [Theory]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("Texas")]
    [InlineData("T")]
    public void Finds_no_code(string code) => Assert.Null(UsStateRecognizer.FromCode(code));
}
