using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Channels.DirectLine;

/// <summary>Removes local conversations (and their activities and state) idle for longer than the retention limit.</summary>
public sealed partial class LocalChannelRetention(
    LocalConversationStore store,
    IConfiguration configuration,
    IOptions<RecordsBotOptions> options,
    TimeProvider time,
    ILogger<LocalChannelRetention> logger) : BackgroundService
{
    public async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.LocalChannel.RetentionDays);
        var (conversations, activities) = await store.PruneAsync(cutoff, cancellationToken);
        if (conversations + activities > 0)
        {
            LogPruned(logger, conversations, activities);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!LocalChannelSwitch.IsEnabled(configuration))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.LocalChannel.RetentionSweepInterval, time);
        do
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(logger, PrivacySafe.TypeName(e));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1300, EventName = "local_retention_pruned", Level = LogLevel.Information,
        Message = "Removed {Conversations} idle local conversations and {Activities} activities past retention")]
    private static partial void LogPruned(ILogger logger, int conversations, int activities);

    [LoggerMessage(EventId = 1301, EventName = "local_retention_failed", Level = LogLevel.Warning,
        Message = "Retention sweep failed: {ExceptionType}")]
    private static partial void LogPruneFailed(ILogger logger, string exceptionType);
}
