using System.Text.RegularExpressions;

namespace RecordsBot.Bench.Servers;

/// <summary>Each server under test gets a database of its own on the PostgreSQL server given (created by the app's migrations).</summary>
public static partial class PostgresDatabase
{
    /// <summary>The connection string with its Database replaced by <c>recordsbot_bench_{name}</c>.</summary>
    public static string For(string connection, string name)
    {
        var database = "recordsbot_bench_" + NotWord().Replace(name.ToLowerInvariant(), "_");
        var parts = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith("Database=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("Db=", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts.Append("Database=" + database));
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotWord();
}
