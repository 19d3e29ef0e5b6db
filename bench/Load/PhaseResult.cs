namespace RecordsBot.Bench.Load;

/// <summary>The figures of one load phase (one bot, closed or open loop).</summary>
public sealed record PhaseResult(
    string Bot,
    string Loop,
    double Seconds,
    int Turns,
    int Errors,
    double TurnsPerSecond,
    double P50,
    double P95,
    double P99,
    double Max,
    double ServerCpuMsPerTurn,
    IReadOnlyList<StepFigures> Steps,
    string? FirstError)
{
    public static PhaseResult From(string bot, string loop, double seconds, IReadOnlyCollection<TurnSample> samples, double serverCpuSeconds, string? firstError)
    {
        var ok = samples.Where(s => !s.Failed).Select(s => s.Milliseconds).Order().ToArray();
        var errors = samples.Count(s => s.Failed);
        var steps = samples.Where(s => !s.Failed).GroupBy(s => s.Step)
            .Select(g =>
            {
                var sorted = g.Select(s => s.Milliseconds).Order().ToArray();
                return new StepFigures(g.Key, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99));
            })
            .OrderBy(s => s.Step, StringComparer.Ordinal)
            .ToList();
        return new PhaseResult(bot, loop, seconds, samples.Count, errors, samples.Count / seconds,
            Percentile(ok, 50), Percentile(ok, 95), Percentile(ok, 99), ok.Length == 0 ? 0 : ok[^1],
            samples.Count == 0 ? 0 : serverCpuSeconds * 1000 / samples.Count, steps, firstError);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>Latency by step of the conversation (menu, fees, providers, letter).</summary>
public sealed record StepFigures(string Step, int Turns, double P50, double P99);
