using Microsoft.Bot.Builder;
using RecordsBot.Dialogs;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Bot;

/// <summary>
/// The adapter's OnTurnError: logs what failed without personal data, resets only the topic in progress (what the
/// person gave before stays), and tells the person plainly what happened and what to do.
/// </summary>
public sealed partial class TurnErrorHandler(BotStateAccessors state, BotTexts texts, DialogRunner dialogs, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        var conflict = exception is StorageConcurrencyException;
        var conversation = PrivacySafe.Hash(activity?.Conversation?.Id);
        LogTurnFailed(logger, PrivacySafe.TypeName(exception), activity?.Type ?? "-", activity?.ChannelId ?? "-",
            conversation, exception.StackTrace ?? string.Empty);
        if (exception is DialogDefinitionException definition)
        {
            // Safe to log (files, lines and ids only), and the only way an editor learns which line to fix.
            LogDefinitionProblem(logger, definition.Message);
        }


        if (!conflict)
        {
            try
            {
                // Throw away whatever the failed turn changed, then drop only the topic in progress.
                await state.ConversationState.LoadAsync(turnContext, true, CancellationToken.None);
                await state.Dialog.DeleteAsync(turnContext, CancellationToken.None);
                await state.ConversationState.SaveChangesAsync(turnContext, true, CancellationToken.None);
            }
            catch (Exception resetError)
            {
                LogResetFailed(logger, PrivacySafe.TypeName(resetError), conversation);
            }
        }

        try
        {
            var text = texts.Get(conflict ? TextKeys.ErrorConflict : TextKeys.ErrorTurn, activity?.ChannelId);
            await turnContext.SendActivitiesAsync(dialogs.Environment.Renderer.Text(activity?.ChannelId, text).ToArray(), CancellationToken.None);
        }
        catch (Exception sendError)
        {
            LogApologyFailed(logger, PrivacySafe.TypeName(sendError), conversation);
        }
    }

    [LoggerMessage(EventId = 1000, EventName = "turn_failed", Level = LogLevel.Error,
        Message = "Turn failed: {ExceptionType} on {ActivityType} activity, channel {ChannelId}, conversation {ConversationHash}\n{StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string activityType, string channelId, string conversationHash, string stackTrace);

    [LoggerMessage(EventId = 1003, EventName = "dialog_definition_problem", Level = LogLevel.Error,
        Message = "A dialog file cannot run as written: {Problem}")]
    private static partial void LogDefinitionProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 1001, EventName = "turn_reset_failed", Level = LogLevel.Error,
        Message = "Could not reset the topic after a failed turn: {ExceptionType}, conversation {ConversationHash}")]
    private static partial void LogResetFailed(ILogger logger, string exceptionType, string conversationHash);

    [LoggerMessage(EventId = 1002, EventName = "turn_apology_failed", Level = LogLevel.Warning,
        Message = "Could not tell the person about a failed turn: {ExceptionType}, conversation {ConversationHash}")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType, string conversationHash);
}
