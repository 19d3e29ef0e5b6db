using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("three", 3)]
    [InlineData("Twenty five", 25)]
    [InlineData("twenty-five", 25)]
    [InlineData("1,200", 1200)]
    [InlineData("about 1.5 pages", 1.5)]
    [InlineData("I have 2 kids and 2 dogs", 2)]
    [InlineData("it was 40 pages", 40)]
    [InlineData("the second one", 2)]
    [InlineData("the 3rd", 3)]
    [InlineData("number one", 1)]
    [InlineData("one", 1)]
    public void Reads_one_number(string text, double expected) => Assert.Equal((decimal)expected, NumberRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("none")]
    [InlineData("no idea")]
    [InlineData("2 or 3")]
    [InlineData("between five and ten")]
    [InlineData("the second one, no, the third")]
    public void Reads_no_number(string text) => Assert.Null(NumberRecognizer.Recognize(text));
}
