using Microsoft.Bot.Builder;

namespace RecordsBot.Bot;

/// <summary>
/// Until the topic flows land, a menu choice says what that topic covers and that it is not ready yet, then shows
/// the menu again; anything else gets a short "didn't understand" and the menu.
/// </summary>
public sealed class MenuTopicRouter(MainMenu menu, BotTexts texts) : ITopicRouter
{
    public async Task HandleAsync(ITurnContext turnContext, DialogState dialog, string text, CancellationToken cancellationToken)
    {
        var channelId = turnContext.Activity.ChannelId;
        if (menu.IsMenuRequest(text, channelId))
        {
            await turnContext.SendActivityAsync(menu.Render(channelId), cancellationToken);
            return;
        }

        var topic = menu.Match(text, channelId);
        if (topic is null)
        {
            await turnContext.SendActivityAsync(menu.Render(channelId, texts.Get(TextKeys.InputNotUnderstood, channelId)), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(TextKeys.MenuAbout(topic), channelId)), cancellationToken);
        await turnContext.SendActivityAsync(menu.Render(channelId, texts.Get(TextKeys.MenuNotReady, channelId)), cancellationToken);
    }
}
