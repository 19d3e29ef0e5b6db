using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace RecordsBot.Bot;

/// <summary>The Bot Framework CloudAdapter with RecordsBot's turn error handling.</summary>
public sealed class RecordsBotAdapter : CloudAdapter
{
    public RecordsBotAdapter(BotFrameworkAuthentication authentication, TurnErrorHandler errorHandler, ILogger<RecordsBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// Authenticates the request's Authorization header (as CloudAdapter does for HTTP requests) and runs the turn;
    /// throws <see cref="UnauthorizedAccessException"/> when authentication fails.
    /// </summary>
    public Task<Microsoft.Bot.Builder.InvokeResponse> ProcessAuthenticatedAsync(string authHeader, Microsoft.Bot.Schema.Activity activity, Microsoft.Bot.Builder.BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProcessActivityAsync(authHeader, activity, callback, cancellationToken);
}
