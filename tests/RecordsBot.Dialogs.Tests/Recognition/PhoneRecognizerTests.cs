using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class PhoneRecognizerTests
{
    [Theory]
    [InlineData("(555) 201-3344")]
    [InlineData("555.201.3344")]
    [InlineData("555-201-3344")]
    [InlineData("+1 555 201 3344")]
    [InlineData("1-555-201-3344")]
    [InlineData("15552013344")]
    [InlineData("my cell is 5552013344")]
    [InlineData("call 555 201 3344 please")]
    [InlineData("555-201-3344, or (555) 201-3344")]
    public void Reads_a_us_number_as_e164(string text) => Assert.Equal("+15552013344", PhoneRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("no phone")]
    [InlineData("201-3344")]
    [InlineData("12345")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("555-201-3344 or 555-201-9999")]
    public void Reads_no_number(string text) => Assert.Null(PhoneRecognizer.Recognize(text));
}
