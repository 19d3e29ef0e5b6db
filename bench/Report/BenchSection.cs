namespace RecordsBot.Bench;

/// <summary>One part's figures, a row each, plus free text (a query plan, a profile) printed under the table.</summary>
public sealed record BenchSection(string Name, IReadOnlyList<BenchRow> Rows, IReadOnlyList<string> Notes)
{
    public BenchSection(string name, IReadOnlyList<BenchRow> rows)
        : this(name, rows, [])
    {
    }
}

/// <summary>
/// One figure. <paramref name="Target"/> is the goal in words ("&lt; 100 ms"), and <paramref name="Met"/> whether this run
/// met it (null when the row has no target).
/// </summary>
public sealed record BenchRow(string Metric, double Value, string Unit, string? Target = null, bool? Met = null);
