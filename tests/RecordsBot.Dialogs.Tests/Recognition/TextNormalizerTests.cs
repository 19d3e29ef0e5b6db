using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Don’t  Stop!", "dont stop")]
    [InlineData("Núñez", "nunez")]
    [InlineData("  Fees & Deadlines... ", "fees deadlines")]
    [InlineData("it's “quoted”", "its quoted")]
    [InlineData("#2.", "2")]
    [InlineData("a ' b", "a b")]
    [InlineData("JANE.DOE@EXAMPLE.ORG", "jane doe example org")]
    [InlineData("?!", "")]
    [InlineData("", "")]
    public void Normalizes(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Words_are_the_words_of_the_normal_form()
    {
        Assert.Equal(["my", "moms", "records"], TextNormalizer.Words("My mom's  records!"));
        Assert.Empty(TextNormalizer.Words(" ... "));
    }
}
