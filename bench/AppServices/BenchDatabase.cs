using Microsoft.Data.Sqlite;

namespace RecordsBot.Bench.AppServices;

/// <summary>
/// The database a part points the app at, as the app's own configuration says it (<c>RecordsBot:Database:Provider</c>,
/// <c>ConnectionStrings:RecordsBot</c>, read by <c>DatabaseSetup.Configure</c>): a SQLite file in the scratch folder, or
/// the PostgreSQL server of <see cref="BenchSettings.PostgresConnection"/>.
/// </summary>
public sealed record BenchDatabase(string Provider, string ConnectionString)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>The SQLite file, when this is one.</summary>
    public string? SqliteFile => Provider == Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public static BenchDatabase SqliteFileAt(string path) =>
        new(Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());

    public static BenchDatabase PostgreSqlAt(string connectionString) => new(PostgreSql, connectionString);

    /// <summary>The database a part uses: PostgreSQL when the bench was given a connection string, else
    /// <paramref name="sqliteFile"/>.</summary>
    public static BenchDatabase For(BenchSettings settings, string sqliteFile) =>
        settings.PostgresConnection is { Length: > 0 } postgres ? PostgreSqlAt(postgres) : SqliteFileAt(sqliteFile);

    /// <summary>The configuration entries that point the app at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("RecordsBot:Database:Provider", Provider),
        new("ConnectionStrings:RecordsBot", ConnectionString),
    ];
}
