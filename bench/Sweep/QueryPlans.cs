using Microsoft.Data.Sqlite;

namespace RecordsBot.Bench.Sweep;

/// <summary>SQLite's <c>EXPLAIN QUERY PLAN</c> of a command the app ran, with the parameters it ran with.</summary>
public static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(string connectionString, LoggedCommand command, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>Whether a plan line reads a whole table (or a whole index) of <paramref name="table"/> row by row.
    /// EF Core names a table's alias by its first letter, so the line may name either.</summary>
    public static bool Scans(string line, string table, string alias) =>
        line.StartsWith("SCAN ", StringComparison.Ordinal)
        && (line.StartsWith("SCAN " + table, StringComparison.Ordinal) || line == "SCAN " + alias || line.StartsWith("SCAN " + alias + " ", StringComparison.Ordinal));
}
