namespace RecordsBot.Bench.Sweep;

/// <summary>The reminder sweep at scale (seeded tracked requests and their check-ins; one sweep timed; its query plan).</summary>
public sealed class SweepBench : IBenchPart
{
    public string Name => "sweep";

    public Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The sweep benchmark is being written.");
}
