using Microsoft.Bot.Builder;

namespace RecordsBot.Privacy;

/// <summary>Whose data to erase: the person in this turn's conversation, on this channel.</summary>
public sealed record PersonalDataScope(ITurnContext Turn, string ChannelId, string? UserId, string ConversationId)
{
    public static PersonalDataScope Of(ITurnContext turn) =>
        new(turn, turn.Activity.ChannelId, turn.Activity.From?.Id, turn.Activity.Conversation.Id);
}
