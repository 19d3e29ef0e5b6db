using Microsoft.Bot.Schema;

namespace RecordsBot.Dialogs.Tests.Support;

public static class Replies
{
    /// <summary>The text of a reply: its Text, or the text of its hero card.</summary>
    public static string TextOf(Activity activity) =>
        activity.Text ?? (activity.Attachments?.FirstOrDefault()?.Content as HeroCard)?.Text ?? string.Empty;

    public static List<string> Texts(IEnumerable<Activity> activities) => activities.Select(TextOf).ToList();

    /// <summary>The suggested-action titles of a reply, or empty.</summary>
    public static List<string> Suggestions(Activity activity) =>
        activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
}
