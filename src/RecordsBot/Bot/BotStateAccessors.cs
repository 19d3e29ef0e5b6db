using Microsoft.Bot.Builder;
using RecordsBot.Dialogs;

namespace RecordsBot.Bot;

/// <summary>The typed properties the bot keeps in ConversationState.</summary>
public sealed class BotStateAccessors(ConversationState conversationState)
{
    public ConversationState ConversationState { get; } = conversationState;

    public IStatePropertyAccessor<ConversationProfile> Profile { get; } = conversationState.CreateProperty<ConversationProfile>("profile");

    /// <summary>The dialog stack: the topic in progress. An error in a turn resets this, and only this.</summary>
    public IStatePropertyAccessor<DialogStack> Dialog { get; } = conversationState.CreateProperty<DialogStack>("dialog");
}
