using RecordsBot.Channels;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Bot;

/// <summary>
/// Recognizes the global commands in a whole message (not inside a longer sentence, so an answer that merely contains
/// "help" is not taken for one). The words are in dialogs/strings (commands.*, sms.*), with SMS variants: on SMS the
/// carrier opt-out words (STOP, CANCEL, END, QUIT…) mean opt out, so "start over" is how to drop a topic there.
/// </summary>
public sealed class GlobalCommands(BotTexts texts)
{
    /// <summary>Each command list, normalized once, for SMS and for every other channel (the texts never change while
    /// the app runs), rather than on every message.</summary>
    private readonly Dictionary<(string Key, bool Sms), HashSet<string>> words = TextKeys.CommandWords.Append(TextKeys.SmsStartWords)
        .SelectMany(key => new[] { (key, false), (key, true) })
        .ToDictionary(k => k, k => texts.Catalog.GetList(k.Item1, k.Item2 ? ChannelIds.Sms : null).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    public GlobalCommand Recognize(string text, string? channelId, bool smsOptedOut)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return GlobalCommand.None;
        }

        if (channelId == ChannelIds.Sms)
        {
            if (Is(TextKeys.SmsStopWords))
            {
                return GlobalCommand.SmsStop;
            }

            if (smsOptedOut && Is(TextKeys.SmsStartWords))
            {
                return GlobalCommand.SmsStart;
            }
        }

        return Is(TextKeys.HelpWords) ? GlobalCommand.Help
            : Is(TextKeys.DeleteWords) ? GlobalCommand.DeleteMyData
            : Is(TextKeys.CancelWords) ? GlobalCommand.Cancel
            : Is(TextKeys.MenuWords) ? GlobalCommand.Menu
            : GlobalCommand.None;

        bool Is(string key) => words[(key, channelId == ChannelIds.Sms)].Contains(normalized);
    }
}
