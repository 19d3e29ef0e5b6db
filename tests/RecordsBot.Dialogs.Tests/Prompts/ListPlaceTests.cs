using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs.Tests.Prompts;

public sealed class ListPlaceTests
{
    private static PromptOptions WithCount(string? count)
    {
        var options = new PromptOptions();
        if (count is not null)
        {
            options.Args["count"] = count;
        }

        return options;
    }

    [Theory]
    [InlineData("1", 1, "3", false, true)]
    [InlineData("3", 1, "3", false, true)]
    [InlineData("4", 1, "3", false, false)]
    [InlineData("0", 1, "3", false, false)]
    [InlineData("0", 0, "3", false, true)]
    [InlineData("2.5", 1, "3", false, false)]
    [InlineData("two", 1, "3", false, false)]
    [InlineData("9", 1, null, true, true)]
    [InlineData("9", 1, null, false, false)]
    public void A_place_is_a_whole_number_from_min_to_the_lists_size(string value, int min, string? count, bool countOptional, bool fits) =>
        Assert.Equal(fits, ListPlace.Fits(value, WithCount(count), "count", min, countOptional));
}
