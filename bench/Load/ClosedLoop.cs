using System.Diagnostics;

namespace RecordsBot.Bench.Load;

/// <summary>
/// Closed loop: every person sends their next message as soon as they have the replies to the last (no think time),
/// so the server is saturated and the figure is its throughput; latency here is mostly waiting in line.
/// Turns that start during the warm-up are not counted; turns that start in the measured window are, to their end.
/// </summary>
public static class ClosedLoop
{
    public static async Task<(List<TurnSample> Samples, double Seconds, string? FirstError)> RunAsync(
        IReadOnlyList<Person> people, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(warmup);
        var measureTo = measureFrom + Ticks(duration);
        string? firstError = null;
        var perPerson = await Task.WhenAll(people.Select(person => Task.Run(async () =>
        {
            var samples = new List<TurnSample>(4096);
            while (Stopwatch.GetTimestamp() < measureTo)
            {
                var step = person.NextStep;
                var t0 = Stopwatch.GetTimestamp();
                var error = await person.TryTurnAsync(cancellationToken);
                var failed = error is not null;
                if (failed)
                {
                    Interlocked.CompareExchange(ref firstError, error, null);
                }

                if (t0 >= measureFrom)
                {
                    samples.Add(new TurnSample(step, Stopwatch.GetElapsedTime(t0).TotalMilliseconds, failed));
                }
            }

            return samples;
        }, cancellationToken)));

        return (perPerson.SelectMany(s => s).ToList(), duration.TotalSeconds, firstError);
    }

    internal static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
