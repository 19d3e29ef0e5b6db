using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RecordsBot.Bench.Servers;

namespace RecordsBot.Bench.AppServices;

/// <summary>
/// The database a part points the app at, as the app's own configuration says it (<c>RecordsBot:Database:Provider</c>,
/// <c>ConnectionStrings:RecordsBot</c>, read by <c>DatabaseSetup.Configure</c>): a SQLite file in the scratch folder, or
/// a database of the part's own (<c>recordsbot_bench_{name}</c>, <see cref="PostgresDatabase.For"/>) on the PostgreSQL
/// server of <see cref="BenchSettings.PostgresConnection"/>.
/// </summary>
public sealed record BenchDatabase(string Provider, string ConnectionString)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>The SQLite file, when this is one.</summary>
    public string? SqliteFile => Provider == Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public bool IsPostgreSql => Provider == PostgreSql;

    /// <summary>The PostgreSQL database's name, when this is one.</summary>
    public string? PostgreSqlDatabase => IsPostgreSql ? new NpgsqlConnectionStringBuilder(ConnectionString).Database : null;

    public static BenchDatabase SqliteFileAt(string path) =>
        new(Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());

    public static BenchDatabase PostgreSqlAt(string connectionString) => new(PostgreSql, connectionString);

    /// <summary>The database a part uses: <c>recordsbot_bench_{name}</c> on the PostgreSQL server when the bench was given
    /// a connection string, else <paramref name="sqliteFile"/>.</summary>
    public static BenchDatabase For(BenchSettings settings, string sqliteFile, string name) =>
        settings.PostgresConnection is { Length: > 0 } postgres ? PostgreSqlAt(PostgresDatabase.For(postgres, name)) : SqliteFileAt(sqliteFile);

    /// <summary>The configuration entries that point the app at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("RecordsBot:Database:Provider", Provider),
        new("ConnectionStrings:RecordsBot", ConnectionString),
    ];

    /// <summary>A plain ADO.NET connection to this database (not opened), for the bench's own statements outside the
    /// app's contexts (counts, plans), which its command log must not see.</summary>
    public DbConnection CreateConnection() =>
        IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    /// <summary>Removes the database if it exists, so the app's migrations make it afresh: the SQLite file with its
    /// journal files, or <c>DROP DATABASE … WITH (FORCE)</c> from the server's <c>postgres</c> database.</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        if (SqliteFile is { } file)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{PostgreSqlDatabase!.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The database's size on disk: the SQLite file, or <c>pg_database_size</c>.</summary>
    public async Task<long> SizeAsync(CancellationToken cancellationToken)
    {
        if (SqliteFile is { } file)
        {
            return new FileInfo(file).Length;
        }

        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var size = connection.CreateCommand();
        size.CommandText = "SELECT pg_database_size(current_database())";
        return Convert.ToInt64(await size.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Returns pooled connections (the app's and the bench's) so the database can be dropped or copied.</summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
