using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RecordsBot.Bench.AppServices;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// The plan of a command the app ran, with the parameters it ran with: SQLite's <c>EXPLAIN QUERY PLAN</c>, or
/// PostgreSQL's <c>EXPLAIN</c> (the plan only: nothing runs, UPDATEs included), and the checks the sweep makes on them.
/// </summary>
public static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(BenchDatabase database, LoggedCommand command, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (!database.IsPostgreSql)
        {
            return await ExplainAsync(connection, "EXPLAIN QUERY PLAN " + command.Sql, command, reader => reader.GetString(3), cancellationToken);
        }

        // EF Core batches several statements into one command with ";\n" between them: EXPLAIN takes one statement (the
        // rest would run), so each is explained on its own.
        var plan = new List<string>();
        var statements = command.Sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0 && s != ";")
            .ToList();
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements.Count > 1)
            {
                plan.Add($"(statement {i + 1} of {statements.Count})");
            }

            try
            {
                plan.AddRange(await ExplainAsync(connection, "EXPLAIN " + statements[i].TrimEnd(';'), command, reader => reader.GetString(0), cancellationToken));
            }
            catch (NpgsqlException e)
            {
                plan.Add($"(EXPLAIN failed: {e.Message})");
            }
        }

        return plan;
    }

    /// <summary>Whether a plan line reads a whole table (or a whole index) of <paramref name="table"/> row by row: SQLite's
    /// <c>SCAN</c> (EF Core names a table's alias by its first letter, so the line may name either), PostgreSQL's
    /// <c>Seq Scan on "table"</c> (parallel or not).</summary>
    public static bool Scans(BenchDatabase database, string line, string table, string alias) =>
        database.IsPostgreSql
            ? line.Contains("Seq Scan on \"" + table + "\"", StringComparison.Ordinal)
            : line.StartsWith("SCAN ", StringComparison.Ordinal)
              && (line.StartsWith("SCAN " + table, StringComparison.Ordinal) || line == "SCAN " + alias || line.StartsWith("SCAN " + alias + " ", StringComparison.Ordinal));

    /// <summary>Whether a plan finds its rows through <paramref name="index"/>: SQLite's <c>SEARCH … USING INDEX</c> with no
    /// temp B-tree (the order comes from the index); on PostgreSQL an Index Scan, Index Only Scan or Bitmap Index Scan on
    /// it.</summary>
    public static bool UsesIndex(BenchDatabase database, IReadOnlyList<string> plan, string index) =>
        database.IsPostgreSql
            ? plan.Any(l => IsPostgresIndexAccess(l, index))
            : plan.Any(l => l.Contains("USING INDEX " + index, StringComparison.Ordinal)) && !plan.Any(l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));

    /// <summary>PostgreSQL only: whether the plan sorts the rows itself (a Sort node) rather than reading them in the
    /// index's order; a Bitmap Index Scan always needs one for ORDER BY.</summary>
    public static bool Sorts(BenchDatabase database, IReadOnlyList<string> plan) =>
        database.IsPostgreSql && plan.Any(l => l.TrimStart(' ', '-', '>').StartsWith("Sort ", StringComparison.Ordinal)
            || l.TrimStart(' ', '-', '>').StartsWith("Incremental Sort ", StringComparison.Ordinal));

    private static bool IsPostgresIndexAccess(string line, string index)
    {
        var node = line.TrimStart(' ', '-', '>');
        string[] accesses = ["Index Scan using ", "Index Scan Backward using ", "Index Only Scan using ", "Index Only Scan Backward using ", "Bitmap Index Scan on "];
        return accesses.Any(a => node.StartsWith(a + index + " ", StringComparison.Ordinal) || node.StartsWith(a + "\"" + index + "\"", StringComparison.Ordinal)
            || node == a + index);
    }

    private static async Task<IReadOnlyList<string>> ExplainAsync(
        DbConnection connection, string sql, LoggedCommand command, Func<DbDataReader, string> line, CancellationToken cancellationToken)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = sql;
        foreach (var (name, value) in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            explain.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.Add(line(reader));
        }

        return plan;
    }
}
