namespace RecordsBot.Hosting;

/// <summary>The database the app keeps everything in (<c>RecordsBot:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file: one instance (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL: several instances sharing one database.</summary>
    PostgreSql,
}
