using System.Globalization;
using RecordsBot.Dialogs;

namespace RecordsBot.Guidance;

/// <summary>The texts of this turn's channel, filled with values: for handlers that put several lines into one message.</summary>
public sealed class TurnTexts(DialogContext dc)
{
    public string Get(string key, params (string Name, string Value)[] values) =>
        dc.Environment.Texts.Get(key, dc.ChannelId, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>Dollars as people read them: "$25.00".</summary>
    public static string Money(decimal amount) => amount.ToString("C2", CultureInfo.GetCultureInfo("en-US"));

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
