using RecordsBot.Hosting;

namespace RecordsBot.Reminders;

/// <summary>
/// The hosted sweeper: once the app has started (its address is known, the database migrated), a first sweep sends
/// what fell due while it was down; then one sweep per <see cref="ISweepTrigger"/> tick. A failed sweep is logged and
/// the next tick tries again.
/// </summary>
public sealed partial class CheckInSweeper(
    CheckInSweep sweep,
    ISweepTrigger trigger,
    IHostApplicationLifetime lifetime,
    ILogger<CheckInSweeper> logger) : BackgroundService
{
    private readonly TaskCompletionSource firstSweep = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource nextSweep = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the sweep at start (what fell due while the app was down) has run, or will not run.</summary>
    public Task FirstSweepDone => firstSweep.Task;

    /// <summary>Completes when the next sweep from now has run (for operators' probes and tests).</summary>
    public Task NextSweepDone => Volatile.Read(ref nextSweep).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                firstSweep.TrySetResult();
                return;
            }
        }

        var first = true;

        do
        {
            try
            {
                LogSweepDone(logger, await sweep.RunOnceAsync(stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogSweepFailed(logger, PrivacySafe.TypeName(e));
            }
            finally
            {
                if (first)
                {
                    first = false;
                    firstSweep.TrySetResult();
                }

                Interlocked.Exchange(ref nextSweep, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
        while (await WaitAsync(stoppingToken));
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await trigger.WaitForNextAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 6121, EventName = "checkin_sweep_done", Level = LogLevel.Debug,
        Message = "Check-in sweep done: {Sent} sent")]
    private static partial void LogSweepDone(ILogger logger, int sent);

    [LoggerMessage(EventId = 6120, EventName = "checkin_sweep_failed", Level = LogLevel.Error,
        Message = "A check-in sweep failed: {ExceptionType}")]
    private static partial void LogSweepFailed(ILogger logger, string exceptionType);
}
