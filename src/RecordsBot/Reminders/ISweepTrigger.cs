namespace RecordsBot.Reminders;

/// <summary>
/// When the sweeper looks for due check-ins. The default, <see cref="TimerSweepTrigger"/>, ticks every
/// <see cref="RemindersOptions.SweepInterval"/> on the app's <see cref="TimeProvider"/>, in each instance; the claim in
/// the database keeps several instances from sending one check-in twice. The seam for Quartz.NET's clustered store on
/// PostgreSQL: an implementation whose Quartz job (one trigger, clustered, so one node runs it per tick) completes this
/// wait, so the sweep runs on one node at a time (see README, "Reminder check-ins").
/// </summary>
public interface ISweepTrigger
{
    /// <summary>Waits for the next sweep; false when no more sweeps will come.</summary>
    ValueTask<bool> WaitForNextAsync(CancellationToken cancellationToken);
}
