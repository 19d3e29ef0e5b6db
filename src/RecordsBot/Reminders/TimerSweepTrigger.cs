using Microsoft.Extensions.Options;

namespace RecordsBot.Reminders;

/// <summary>A sweep every <see cref="RemindersOptions.SweepInterval"/>, timed by the app's <see cref="TimeProvider"/>
/// (so tests move it with FakeTimeProvider).</summary>
public sealed class TimerSweepTrigger(IOptions<RemindersOptions> options, TimeProvider time) : ISweepTrigger, IDisposable
{
    private readonly PeriodicTimer timer = new(options.Value.SweepInterval, time);

    public ValueTask<bool> WaitForNextAsync(CancellationToken cancellationToken) => timer.WaitForNextTickAsync(cancellationToken);

    public void Dispose() => timer.Dispose();
}
