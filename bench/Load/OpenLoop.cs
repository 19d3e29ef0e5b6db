using System.Diagnostics;
using System.Threading.Channels;

namespace RecordsBot.Bench.Load;

/// <summary>
/// Open loop: turns are offered at a fixed rate whatever the server does (the k-th at start + k/rate), each by an idle
/// person. Latency is counted from when the turn was due, so a server that falls behind shows it (no coordinated
/// omission): a turn that waited for a free person or for the server counts that wait.
/// </summary>
public static class OpenLoop
{
    public static async Task<(List<TurnSample> Samples, double Seconds, string? FirstError)> RunAsync(
        IReadOnlyList<Person> people, int rate, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var idle = Channel.CreateUnbounded<Person>();
        foreach (var person in people)
        {
            idle.Writer.TryWrite(person);
        }

        var samples = new List<TurnSample>();
        string? firstError = null;
        var total = (int)((warmup + duration).TotalSeconds * rate);
        var warmupTurns = (int)(warmup.TotalSeconds * rate);
        var start = Stopwatch.GetTimestamp();
        var turns = new List<Task>(total);
        for (var k = 0; k < total; k++)
        {
            var due = start + k * Stopwatch.Frequency / rate;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            var counted = k >= warmupTurns;
            turns.Add(Task.Run(async () =>
            {
                var person = await idle.Reader.ReadAsync(cancellationToken);
                var step = person.NextStep;
                var error = await person.TryTurnAsync(cancellationToken);
                var failed = error is not null;
                if (failed)
                {
                    Interlocked.CompareExchange(ref firstError, error, null);
                }

                var latency = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                idle.Writer.TryWrite(person);
                if (counted)
                {
                    lock (samples)
                    {
                        samples.Add(new TurnSample(step, latency, failed));
                    }
                }
            }, cancellationToken));
        }

        await Task.WhenAll(turns);
        return (samples, duration.TotalSeconds, firstError);
    }
}
