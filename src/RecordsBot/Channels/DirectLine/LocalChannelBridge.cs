using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Hosting;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// Hands local Direct Line activities to the same adapter and bot that serve /api/messages. The person's activity
/// is stored (and echoed to Web Chat) first; the bot's replies come back through the Bot Connector routes at
/// <see cref="LocalServiceUrl"/>. Turns of one conversation run one at a time, in order.
/// </summary>
public sealed partial class LocalChannelBridge(
    Bot.RecordsBotAdapter adapter,
    IBot bot,
    LocalConversationStore store,
    LocalServiceUrl serviceUrl,
    IHostApplicationLifetime lifetime,
    ILogger<LocalChannelBridge> logger)
{
    private readonly StripedLock turnLocks = new();

    /// <summary>Tells the bot the conversation started (once per conversation), so it can welcome the person.</summary>
    public async Task StartAsync(Storage.LocalConversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.Started || !await store.TryMarkStartedAsync(conversation.Id, cancellationToken))
        {
            return;
        }

        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [LocalBot.Account(), user],
        };
        Address(conversation, update, user);
        using (await turnLocks.AcquireAsync(conversation.Id, cancellationToken))
        {
            await RunTurnAsync(conversation, update);
        }
    }

    /// <summary>Stores the person's activity, runs the bot's turn on it, and returns the stored activity's id.</summary>
    public async Task<string?> PostAsync(Storage.LocalConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        Address(conversation, activity, user);
        using (await turnLocks.AcquireAsync(conversation.Id, cancellationToken))
        {
            var stored = await store.AppendAsync(conversation.Id, activity, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            await RunTurnAsync(conversation, stored);
            return stored.Id;
        }
    }

    private async Task RunTurnAsync(Storage.LocalConversation conversation, Activity activity)
    {
        try
        {
            // The turn finishes even if the page goes away mid-turn; only shutdown stops it.
            await adapter.ProcessAuthenticatedAsync(string.Empty, activity, bot.OnTurnAsync, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTurnCrashed(logger, PrivacySafe.TypeName(e), PrivacySafe.Hash(conversation.Id));
        }
    }

    private void Address(Storage.LocalConversation conversation, Activity activity, ChannelAccount user)
    {
        activity.ChannelId = ChannelIds.WebChat;
        activity.ServiceUrl = serviceUrl.Value;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = user;
        activity.Recipient = LocalBot.Account();
    }

    [LoggerMessage(EventId = 1200, EventName = "local_turn_crashed", Level = LogLevel.Error,
        Message = "A local channel turn failed outside the bot's error handler: {ExceptionType}, conversation {ConversationHash}")]
    private static partial void LogTurnCrashed(ILogger logger, string exceptionType, string conversationHash);
}
