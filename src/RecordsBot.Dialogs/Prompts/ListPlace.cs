using System.Globalization;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>
/// A number prompt's reply read as a place on a list the person was just shown: a whole number from <c>min</c> to the
/// list's size, which the flow hands the prompt as the value <c>countValue</c>. The validators that pick from a list
/// (saved providers, tracked requests) share it.
/// </summary>
public static class ListPlace
{
    /// <param name="countOptional">When the prompt was given no size: true, no upper bound; false, nothing fits.</param>
    public static bool Fits(string value, PromptOptions options, string countValue, decimal min, bool countOptional)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number) || number < min)
        {
            return false;
        }

        return int.TryParse(options.Args.GetValueOrDefault(countValue), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? number <= count
            : countOptional;
    }
}
