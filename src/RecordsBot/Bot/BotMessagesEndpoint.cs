using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecordsBot.Channels;
using RecordsBot.Hosting;

namespace RecordsBot.Bot;

/// <summary>
/// <c>POST /api/messages</c>: where Azure Bot Service (Web Chat, Teams, SMS) and tests deliver activities. Checks the
/// request before the SDK sees it so bad input gets a short 4xx, never a 500 with a stack trace; authentication is
/// the SDK's (ConfigurationBotFrameworkAuthentication), and with a MicrosoftAppId set a request without credentials
/// is refused before anything is read.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        RecordsBotAdapter adapter,
        IBot bot,
        IConfiguration configuration,
        IOptions<RecordsBotOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(BotMessagesEndpoint));
        var authHeader = http.Request.Headers.Authorization.ToString();
        if (LocalChannelSwitch.HasAppId(configuration) && string.IsNullOrWhiteSpace(authHeader))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authorization is required.");
        }

        var (activity, unreadable) = await ActivityJson.ReadActivityAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return unreadable!;
        }

        if (ActivityCheck.Problem(activity) is { } problem)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }

        var turnStarted = false;
        try
        {
            var response = await adapter.ProcessAuthenticatedAsync(authHeader, activity, (turn, ct) =>
            {
                turnStarted = true;
                return bot.OnTurnAsync(turn, ct);
            }, cancellationToken);
            if (response is null)
            {
                return Results.Ok();
            }

            var json = response.Body is null ? null : ActivityJson.Serialize(response.Body);
            return json is null ? Results.StatusCode(response.Status) : Results.Content(json, "application/json", statusCode: response.Status);
        }
        catch (Exception e) when (!turnStarted && e is UnauthorizedAccessException or Microsoft.IdentityModel.Tokens.SecurityTokenException or Microsoft.IdentityModel.Tokens.SecurityTokenArgumentException)
        {
            LogUnauthorized(logger, activity.ChannelId ?? "-", PrivacySafe.TypeName(e));
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The request is not authorized.");
        }
        catch (Exception e) when (!turnStarted && e is not OperationCanceledException)
        {
            // The credentials could not be checked (e.g. the Bot Framework signing keys could not be fetched): refuse
            // without running a turn, with a status that tells the channel to try again later.
            LogUnverified(logger, activity.ChannelId ?? "-", PrivacySafe.TypeName(e));
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The request could not be verified right now.");
        }
    }

    [LoggerMessage(EventId = 1100, EventName = "activity_unauthorized", Level = LogLevel.Warning,
        Message = "Refused an activity that failed authentication, channel {ChannelId}: {ExceptionType}")]
    private static partial void LogUnauthorized(ILogger logger, string channelId, string exceptionType);

    [LoggerMessage(EventId = 1101, EventName = "activity_unverified", Level = LogLevel.Warning,
        Message = "Could not verify an activity's credentials, channel {ChannelId}: {ExceptionType}")]
    private static partial void LogUnverified(ILogger logger, string channelId, string exceptionType);
}
