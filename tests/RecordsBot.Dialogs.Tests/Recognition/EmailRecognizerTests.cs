using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class EmailRecognizerTests
{
    [Theory]
    [InlineData("it's Jane.Doe@Example.org", "Jane.Doe@example.org")]
    [InlineData("  jane@example.com  ", "jane@example.com")]
    [InlineData("Jane.Doe@Example.org.", "Jane.Doe@example.org")]
    [InlineData("mail me at j.smith+records@Mail.Example.COM please", "j.smith+records@mail.example.com")]
    [InlineData("a@b.com or A@B.COM", "a@b.com")]
    public void Reads_the_address(string text, string expected) => Assert.Equal(expected, EmailRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("no email")]
    [InlineData("jane@example")]
    [InlineData("jane@@example.com")]
    [InlineData("jane at example dot com")]
    [InlineData("a@b.com or c@d.com")]
    public void Reads_no_address(string text) => Assert.Null(EmailRecognizer.Recognize(text));
}
