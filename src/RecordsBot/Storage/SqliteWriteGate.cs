using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecordsBot.Storage;

/// <summary>
/// SQLite takes one writer at a time. Left to itself, a write that finds another in progress sleeps in SQLite's busy
/// handler (1, 2, 5, 10… ms, on a blocked thread) and tries again, so under load turns queue in sleeps rather than in
/// line. This gate makes this process's writers to one database file take turns asynchronously instead: each write
/// statement outside a transaction, and each SaveChanges (which may wrap several statements in one transaction), waits
/// for the gate, runs, and lets the next one in as soon as it is done. Reads are not gated (write-ahead logging lets
/// them run alongside). Writers in other processes still meet SQLite's busy handler (<see cref="SqliteConnectionTuning"/>).
/// </summary>
public sealed class SqliteWriteGate : DbCommandInterceptor, ISaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    /// <summary>A writer that waited this long goes ahead without the gate (SQLite's own busy handling still keeps it
    /// correct): a gate never released, by a path this class did not foresee, must not stop every write for good.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Contexts inside SaveChanges (holding the gate for all their statements).</summary>
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    /// <summary>Commands holding the gate until they finish (a reader: until it is disposed).</summary>
    private readonly ConditionalWeakTable<DbCommand, object> holding = new();

    private SqliteWriteGate()
    {
    }

    /// <summary>No writer holds the gate (for tests).</summary>
    internal bool IsFree => gate.CurrentCount == 1;

    /// <summary>The gate of one database (see <see cref="DatabaseOf"/>).</summary>
    public static SqliteWriteGate For(string database) => Gates.GetOrAdd(database, _ => new SqliteWriteGate());

    /// <summary>What identifies a database in a connection string: its file's full path (or, in memory, its name).</summary>
    public static string DatabaseOf(string connectionString)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || !Path.IsPathRooted(source) ? connectionString : Path.GetFullPath(source);
    }

    // SaveChanges: the gate from before its first statement to after its commit or failure.
    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterSaveAsync(eventData.Context, cancellationToken);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && gate.Wait(MaxWait))
        {
            saving.AddOrUpdate(context, context);
        }

        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        LeaveSave(eventData.Context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => LeaveSave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => LeaveSave(eventData.Context);

    // Single write statements (ExecuteUpdate, ExecuteDelete, raw SQL) outside SaveChanges and transactions.
    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterCommandAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterCommand(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveCommand(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveCommand(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterCommandAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterCommand(command, eventData);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveCommand(command);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LeaveCommand(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveCommand(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => LeaveCommand(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveCommand(command);
        return Task.CompletedTask;
    }

    private async Task EnterSaveAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not null && await gate.WaitAsync(MaxWait, cancellationToken))
        {
            saving.AddOrUpdate(context, context);
        }
    }

    private void LeaveSave(DbContext? context)
    {
        if (context is not null && saving.Remove(context))
        {
            gate.Release();
        }
    }

    private bool Gated(DbCommand command, CommandEventData eventData) =>
        command.Transaction is null
        && !(eventData.Context is { } context && saving.TryGetValue(context, out _))
        && IsWrite(command.CommandText);

    private async Task EnterCommandAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (Gated(command, eventData) && await gate.WaitAsync(MaxWait, cancellationToken))
        {
            holding.AddOrUpdate(command, command);
        }
    }

    private void EnterCommand(DbCommand command, CommandEventData eventData)
    {
        if (Gated(command, eventData) && gate.Wait(MaxWait))
        {
            holding.AddOrUpdate(command, command);
        }
    }

    private void LeaveCommand(DbCommand command)
    {
        if (holding.Remove(command))
        {
            gate.Release();
        }
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }
}
