using Microsoft.Bot.Schema;

namespace RecordsBot.Channels;

/// <summary>What an incoming activity must have before it reaches the bot.</summary>
public static class ActivityCheck
{
    /// <summary>The activity types the Bot Framework schema defines.</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ContactRelationUpdate, ActivityTypes.ConversationUpdate, ActivityTypes.Typing,
        ActivityTypes.EndOfConversation, ActivityTypes.Event, ActivityTypes.Invoke, ActivityTypes.DeleteUserData,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
        ActivityTypes.Suggestion, ActivityTypes.Trace, ActivityTypes.Handoff, ActivityTypes.Command, ActivityTypes.CommandResult,
        ActivityTypes.Delay,
    };

    /// <summary>A short reason the activity cannot be processed, or null when it can.</summary>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (!KnownTypes.Contains(activity.Type))
        {
            return "The activity type is not a Bot Framework activity type.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no from.id.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || serviceUrl.Scheme is not ("http" or "https"))
        {
            return "The activity has no valid serviceUrl.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        return null;
    }
}
