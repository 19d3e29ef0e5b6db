using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class TimeRecognizerTests
{
    [Theory]
    [InlineData("9am", "09:00")]
    [InlineData("at 5:30 pm", "17:30")]
    [InlineData("noon", "12:00")]
    [InlineData("17:00", "17:00")]
    [InlineData("half past six pm", "18:30")]
    public void Reads_the_time(string text, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TimeRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("whenever")]
    [InlineData("at 9")]
    [InlineData("9am or 5pm")]
    [InlineData("last Tuesday")]
    public void Reads_no_time(string text) => Assert.Null(TimeRecognizer.Recognize(text));
}
