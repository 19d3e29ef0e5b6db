using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Forms.Storage;

/// <summary>Deletes letters past their retention limit (<c>RecordsBot:Letters:RetentionDays</c>) at start and then every
/// <c>RecordsBot:Letters:SweepInterval</c>, on the app's <see cref="TimeProvider"/>.</summary>
public sealed partial class LetterRetention(LetterStore letters, TimeProvider time, IOptions<LetterOptions> options, ILogger<LetterRetention> logger) : BackgroundService
{
    /// <summary>One sweep; returns how many letters were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var removed = await letters.RemoveExpiredAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        if (removed > 0)
        {
            LogSwept(logger, removed);
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, PrivacySafe.TypeName(e));
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 5101, EventName = "letters_swept", Level = LogLevel.Information, Message = "Deleted {Count} letter(s) past their retention limit")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(EventId = 5102, EventName = "letters_sweep_failed", Level = LogLevel.Warning, Message = "Deleting old letters failed with {ExceptionType}; trying again at the next sweep")]
    private static partial void LogSweepFailed(ILogger logger, string exceptionType);
}
