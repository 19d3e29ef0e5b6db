using Microsoft.Bot.Builder;

namespace RecordsBot.Bot;

/// <summary>The typed properties the bot keeps in ConversationState.</summary>
public sealed class BotStateAccessors(ConversationState conversationState)
{
    public ConversationState ConversationState { get; } = conversationState;

    public IStatePropertyAccessor<ConversationProfile> Profile { get; } = conversationState.CreateProperty<ConversationProfile>("profile");

    public IStatePropertyAccessor<DialogState> Dialog { get; } = conversationState.CreateProperty<DialogState>("dialog");
}
