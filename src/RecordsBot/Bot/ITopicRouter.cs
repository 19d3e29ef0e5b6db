using Microsoft.Bot.Builder;

namespace RecordsBot.Bot;

/// <summary>Handles a message once the person has been welcomed: the seam where the dialog engine plugs in.</summary>
public interface ITopicRouter
{
    Task HandleAsync(ITurnContext turnContext, DialogState dialog, string text, CancellationToken cancellationToken);
}
