using Microsoft.Bot.Builder;

namespace RecordsBot.Privacy;

/// <summary>
/// Who a person is across conversations: their user id on a channel (Teams and SMS keep it; the local Web Chat keeps
/// it per browser). What is saved for them is stored under <see cref="PersonKeys"/>' hash of it, never under the id.
/// </summary>
public sealed record PersonRef(string ChannelId, string UserId)
{
    /// <summary>The person of this turn; a channel that names no user falls back to the conversation.</summary>
    public static PersonRef Of(ITurnContext turn)
    {
        var activity = turn.Activity;
        return new PersonRef(activity.ChannelId ?? string.Empty, activity.From?.Id is { Length: > 0 } user ? user : activity.Conversation?.Id ?? string.Empty);
    }

    /// <summary>Never the ids themselves (they may be phone numbers): records are logged and shown by accident.</summary>
    public override string ToString() => "PersonRef { (hidden) }";
}
