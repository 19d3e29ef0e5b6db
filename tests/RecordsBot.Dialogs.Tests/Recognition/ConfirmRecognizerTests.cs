using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class ConfirmRecognizerTests
{
    private static readonly ConfirmWords Words = new(
        ["yes", "yeah", "yep", "y", "sure", "ok", "okay", "of course", "no problem"],
        ["no", "nope", "n", "nah", "not now"]);

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes!", true)]
    [InlineData("yeah", true)]
    [InlineData("yep", true)]
    [InlineData("Y", true)]
    [InlineData("sure", true)]
    [InlineData("OK", true)]
    [InlineData("ok.", true)]
    [InlineData("yes please", true)]
    [InlineData("Of course!", true)]
    [InlineData("no problem", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("NO.", false)]
    [InlineData("nope", false)]
    [InlineData("n", false)]
    [InlineData("nah", false)]
    [InlineData("no thanks", false)]
    [InlineData("not now, later", false)]
    [InlineData("2", false)]
    public void Reads_yes_and_no(string text, bool expected) => Assert.Equal(expected, ConfirmRecognizer.Recognize(text, Words));

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("yesterday")]
    [InlineData("nobody")]
    [InlineData("I'm not sure")]
    [InlineData("no problem at all")]
    public void Reads_neither(string text) => Assert.Null(ConfirmRecognizer.Recognize(text, Words));

    [Fact]
    public void A_word_in_both_lists_is_neither() =>
        Assert.Null(ConfirmRecognizer.Recognize("fine", new ConfirmWords(["fine", "yes"], ["fine", "no"])));
}
