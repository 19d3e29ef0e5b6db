using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class FuzzyTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("fees", "fees", 0)]
    [InlineData("fes", "fees", 1)]
    [InlineData("feez", "fees", 1)]
    [InlineData("efes", "fees", 1)]
    [InlineData("califronia", "california", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_is_optimal_string_alignment(string a, string b, int expected)
    {
        Assert.Equal(expected, Fuzzy.Distance(a, b));
        Assert.Equal(expected, Fuzzy.Distance(b, a));
    }

    [Theory]
    [InlineData("ohio", "ohio", true)]
    [InlineData("ohoi", "ohio", true)]
    [InlineData("oiho", "ohio", true)]
    [InlineData("utha", "utah", true)]
    [InlineData("utahh", "utah", true)]
    [InlineData("yse", "yes", false)]
    [InlineData("yes", "yes", true)]
    [InlineData("txas", "texas", true)]
    [InlineData("tx", "texas", false)]
    [InlineData("vrmnot", "vermont", false)]
    [InlineData("pensylvania", "pennsylvania", true)]
    [InlineData("pensilvania", "pennsylvania", true)]
    [InlineData("pensilvanya", "pennsylvania", false)]
    public void Close_allows_one_edit_for_4_to_7_letters_and_two_from_8(string typed, string expected, bool close) =>
        Assert.Equal(close, Fuzzy.IsClose(typed, expected));
}
