namespace RecordsBot.Bench;

/// <summary>One part of the benchmark (load, sweep, pdf, startup): runs with the shared settings and returns its figures.</summary>
public interface IBenchPart
{
    /// <summary>The part's name on the command line (<c>--only</c>) and in the report.</summary>
    string Name { get; }

    Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
