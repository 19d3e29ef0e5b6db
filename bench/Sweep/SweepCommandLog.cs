using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// An EF Core command interceptor added to the app's own DbContext options: it records every SQL command the app runs
/// (text, the first parameters, count and time from execution to the reader's end, which includes reading the rows),
/// so the bench can say which share of a sweep is the sweep's own bookkeeping and explain the very queries the app ran.
/// </summary>
public sealed class SweepCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, CommandTally> entries = new(StringComparer.Ordinal);

    public void Reset() => entries.Clear();

    public IReadOnlyList<LoggedCommand> Commands() =>
        entries.Values.Select(e => new LoggedCommand(e.Sql, e.Parameters, e.Count, TimeSpan.FromTicks(Interlocked.Read(ref e.Ticks)))).ToList();

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        var entry = entries.GetOrAdd(command.CommandText, sql => new CommandTally(sql, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        Interlocked.Increment(ref entry.Count);
        Interlocked.Add(ref entry.Ticks, duration.Ticks);
    }
}
