using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Privacy;

namespace RecordsBot.Forms.Flow;

/// <summary>What the letter-* handlers share: the person, and texts by key with values filled as they are.</summary>
public static class LetterFlow
{
    public static PersonRef Person(FlowHandlerContext context) => PersonRef.Of(context.Dialog.Context);

    /// <summary>The text of <paramref name="key"/> on this channel, with {placeholders} filled unescaped (for values that
    /// are escaped later, when said, or for plain-text places such as a card).</summary>
    public static string Text(FlowHandlerContext context, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = context.Dialog.Environment.Texts.Get(key, context.ChannelId);
        return values is null ? text : TextCatalog.Fill(text, values);
    }

    /// <summary>A stored date (yyyy-MM-dd) as people read it ("March 3, 1980").</summary>
    public static string ShowDate(string value) => TextCatalog.Fill("{d:date}", new Dictionary<string, string> { ["d"] = value });

    public static void Remove(Dictionary<string, string> values, params IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            values.Remove(name);
        }
    }
}
