namespace RecordsBot.Bench.Load;

/// <summary>Conversation load over real HTTP against RecordsBot and the echo bot.</summary>
public sealed class LoadBench : IBenchPart
{
    public string Name => "load";

    public Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The load benchmark is being written.");
}
