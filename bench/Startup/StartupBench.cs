namespace RecordsBot.Bench.Startup;

/// <summary>Process start to <c>/readyz</c> OK.</summary>
public sealed class StartupBench : IBenchPart
{
    public string Name => "startup";

    public Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The start-up benchmark is being written.");
}
