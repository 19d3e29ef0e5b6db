using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Bot;

/// <summary>
/// The bot's turn: welcome once per conversation (on conversationUpdate, or on the first message, since Teams may
/// send a message before any conversationUpdate), check the text, then hand it to the topic router.
/// </summary>
public sealed class RecordsBotHandler(
    BotStateAccessors state,
    MainMenu menu,
    BotTexts texts,
    ITopicRouter router,
    IOptions<RecordsBotOptions> options) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id != botId))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (await WelcomeOnceAsync(turnContext, cancellationToken))
        {
            return;
        }

        var channelId = turnContext.Activity.ChannelId;
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(menu.Render(channelId, texts.Get(TextKeys.InputEmpty, channelId)), cancellationToken);
            return;
        }

        var max = options.Value.MaxMessageLength;
        if (text.Length > max)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(TextKeys.InputTooLong, channelId, ("max", max))), cancellationToken);
            return;
        }

        var dialog = await state.Dialog.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        await router.HandleAsync(turnContext, dialog, text, cancellationToken);
    }

    /// <summary>Welcomes the person unless this conversation already was; true when it welcomed now.</summary>
    private async Task<bool> WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await state.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        if (profile.Welcomed)
        {
            return false;
        }

        profile.Welcomed = true;
        var channelId = turnContext.Activity.ChannelId;
        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(TextKeys.WelcomeGreeting, channelId)), cancellationToken);
        await turnContext.SendActivityAsync(menu.Render(channelId, texts.Get(TextKeys.WelcomeDisclaimer, channelId)), cancellationToken);
        return true;
    }
}
