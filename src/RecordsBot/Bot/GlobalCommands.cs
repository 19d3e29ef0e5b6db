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

        bool Is(string key) => texts.Catalog.GetList(key, channelId).Any(word => TextNormalizer.Normalize(word) == normalized);
    }
}
