using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Channels;

namespace RecordsBot.Bot;

/// <summary>
/// The top-level menu: what RecordsBot does. Rendered per channel (suggested actions on Web Chat, buttons on Teams,
/// numbered plain text on SMS) and matched from what the person types (the label, or its number on any channel).
/// </summary>
public sealed class MainMenu(BotTexts texts)
{
    /// <summary>Topic ids in menu order; labels and descriptions come from dialogs/strings by key.</summary>
    public static readonly IReadOnlyList<string> Topics = ["rights", "providers", "identity", "fees", "letter", "tracking"];

    public IMessageActivity Render(string? channelId, string? lead = null)
    {
        var prompt = texts.Get(TextKeys.MenuPrompt, channelId);
        var intro = lead is null ? prompt : lead + "\n\n" + prompt;
        var labels = Topics.Select(t => texts.Get(TextKeys.MenuLabel(t), channelId)).ToList();

        switch (channelId)
        {
            case ChannelIds.Sms:
                var lines = labels.Select((label, i) => texts.Get(TextKeys.MenuSmsLine, channelId, ("number", i + 1), ("label", label)));
                return MessageFactory.Text(intro + "\n" + string.Join("\n", lines));
            case ChannelIds.Teams:
                var card = new HeroCard
                {
                    Text = intro,
                    Buttons = labels.Select(l => new CardAction(ActionTypes.ImBack, l, value: l)).ToList(),
                };
                return MessageFactory.Attachment(card.ToAttachment());
            default:
                return MessageFactory.SuggestedActions(labels, intro, null, null);
        }
    }

    /// <summary>Whether the text asks for the menu itself ("menu", "start over"…, from dialogs/strings).</summary>
    public bool IsMenuRequest(string text, string? channelId)
    {
        var cleaned = Clean(text);
        return texts.Get(TextKeys.MenuKeywords, channelId).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(k => string.Equals(k, cleaned, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The topic the text picks, by label (any case, surrounding punctuation ignored) or by number.</summary>
    public string? Match(string text, string? channelId)
    {
        var cleaned = Clean(text);
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= Topics.Count)
        {
            return Topics[number - 1];
        }

        return Topics.FirstOrDefault(t =>
            string.Equals(cleaned, texts.Get(TextKeys.MenuLabel(t), channelId), StringComparison.OrdinalIgnoreCase)
            || string.Equals(cleaned, t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What the person typed, without surrounding spaces and trailing punctuation.</summary>
    private static string Clean(string text) => text.Trim().TrimEnd('.', '!', '?').Trim();
}
