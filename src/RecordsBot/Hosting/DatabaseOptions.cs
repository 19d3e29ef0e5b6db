namespace RecordsBot.Hosting;

/// <summary>Settings under <c>RecordsBot:Database</c>; the connection string stays <c>ConnectionStrings:RecordsBot</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "RecordsBot:Database";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);
}
