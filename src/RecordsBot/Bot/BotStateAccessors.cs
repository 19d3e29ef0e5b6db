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

    /// <summary>This turn's profile; changes to it are saved with the turn.</summary>
    public Task<ConversationProfile> ProfileAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        TrackedAsync(Profile, turnContext, cancellationToken);

    /// <summary>This turn's dialog stack; changes to it are saved with the turn.</summary>
    public Task<DialogStack> StackAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        TrackedAsync(Dialog, turnContext, cancellationToken);

    /// <summary>
    /// The property's value, put back into the turn's state: read from storage it comes as a JSON object, which
    /// BotState converts into a new instance on every read without keeping it, so changes to an instance that is
    /// not set back would be lost.
    /// </summary>
    private static async Task<T> TrackedAsync<T>(IStatePropertyAccessor<T> accessor, ITurnContext turnContext, CancellationToken cancellationToken)
        where T : new()
    {
        var value = await accessor.GetAsync(turnContext, () => new T(), cancellationToken);
        await accessor.SetAsync(turnContext, value, cancellationToken);
        return value;
    }
}
