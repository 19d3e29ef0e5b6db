using Microsoft.Recognizers.Text;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>The resolved values of Microsoft.Recognizers.Text.DateTime results (each a dictionary with "type",
/// "value", "start"…), skipping results without any.</summary>
internal static class DateTimeResolutions
{
    public static IEnumerable<Dictionary<string, string>> Of(IEnumerable<ModelResult> results) =>
        results.SelectMany(result => result.Resolution?.GetValueOrDefault("values") as IEnumerable<Dictionary<string, string>> ?? []);
}
