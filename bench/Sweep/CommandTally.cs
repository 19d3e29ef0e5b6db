namespace RecordsBot.Bench.Sweep;

/// <summary>The running count and time of one SQL text in <see cref="SweepCommandLog"/>.</summary>
internal sealed class CommandTally(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<(string Name, object? Value)> Parameters { get; } = parameters;

    public int Count;

    public long Ticks;
}
