using System.Globalization;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Bot;

/// <summary>
/// The app's access to the sentences in dialogs/strings.en-US.json (loaded and checked with the rest of dialogs/ by
/// <see cref="DialogCatalog"/>): by key, with the <c>.sms</c> variant on SMS and {placeholders} filled.
/// </summary>
public sealed class BotTexts(DialogCatalog catalog)
{
    public TextCatalog Catalog { get; } = catalog.Texts;

    public string Get(string key, string? channelId, params (string Name, object Value)[] values) =>
        Catalog.Get(key, channelId, values.Length == 0 ? null : values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? string.Empty));
}
