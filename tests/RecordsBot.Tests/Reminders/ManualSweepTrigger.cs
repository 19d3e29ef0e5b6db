using RecordsBot.Reminders;

namespace RecordsBot.Tests.Reminders;

/// <summary>A sweep trigger that never ticks by itself, so a test runs sweeps itself (CheckInSweep.RunOnceAsync) and
/// counts exactly what each one sent, with no background sweep racing it.</summary>
public sealed class ManualSweepTrigger : ISweepTrigger
{
    public async ValueTask<bool> WaitForNextAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return false;
    }
}
