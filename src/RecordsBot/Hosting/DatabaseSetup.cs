using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordsBot.Storage;

namespace RecordsBot.Hosting;

/// <summary>
/// The database: <c>RecordsBot:Database:Provider</c> = <c>Sqlite</c> (default: a file under the content root) or
/// <c>PostgreSql</c> (several instances sharing one database), at <c>ConnectionStrings:RecordsBot</c>. Each provider has
/// its own migrations: SQLite's in <c>Storage/Migrations</c> (context <see cref="RecordsBotDbContext"/>), PostgreSQL's in
/// <c>Storage/PostgreSqlMigrations</c> (context <see cref="PostgreSqlRecordsBotDbContext"/>, the same model); the app's
/// <see cref="IDbContextFactory{TContext}"/> creates the one that matches the options.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionName = "RecordsBot";
    public const string DefaultConnection = "Data Source=data/recordsbot.db";
    public const string ProviderSetting = DatabaseOptions.Section + ":" + nameof(DatabaseOptions.Provider);
    public const string ConnectionSetting = "ConnectionStrings:" + ConnectionName;

    /// <summary>The configured provider; a value other than Sqlite or PostgreSql stops the start, naming the setting.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderSetting} must be Sqlite or PostgreSql (it is '{value}').");
    }

    /// <summary>The SQLite connection string with a relative file made absolute under the content root, its folder created.</summary>
    public static string ResolveSqlite(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionName) ?? DefaultConnection);
        var source = builder.DataSource;
        if (!string.IsNullOrEmpty(source) && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(source))
            {
                source = Path.GetFullPath(Path.Combine(contentRoot, source));
                builder.DataSource = source;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        }

        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    /// <summary>The PostgreSQL connection string; missing or malformed stops the start, naming the setting (never echoing it: it may hold a password).</summary>
    public static string PostgreSqlConnection(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ConnectionSetting} must be a PostgreSQL connection string (Host=…;Database=…;Username=…) when {ProviderSetting} is PostgreSql.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"{ConnectionSetting} is not a valid PostgreSQL connection string (Host=…;Database=…;Username=…).");
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new InvalidOperationException($"{ConnectionSetting} must name the PostgreSQL server (Host=…) when {ProviderSetting} is PostgreSql.");
        }

        return builder.ConnectionString;
    }

    /// <summary>Points a context at the configured database. Also used by tools outside the app (bench/) so they open
    /// the database exactly as the app does. On PostgreSQL, create the context with <see cref="CreateDbContext"/> (or the
    /// app's <see cref="IDbContextFactory{TContext}"/>) so that migrations are PostgreSQL's own.</summary>
    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        switch (ProviderOf(configuration))
        {
            case DatabaseProvider.PostgreSql:
                UsePostgreSql(options, PostgreSqlConnection(configuration));
                break;
            default:
                var sqlite = ResolveSqlite(configuration, contentRoot);
                options.UseSqlite(sqlite).AddInterceptors(SqliteConnectionTuning.Instance, SqliteWriteGate.For(SqliteWriteGate.DatabaseOf(sqlite)));
                break;
        }
    }

    /// <summary>The context for options made by <see cref="Configure"/>: <see cref="PostgreSqlRecordsBotDbContext"/> on
    /// PostgreSQL (its own migrations), else <see cref="RecordsBotDbContext"/>.</summary>
    public static RecordsBotDbContext CreateDbContext(DbContextOptions<RecordsBotDbContext> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsPostgreSql(options) ? new PostgreSqlRecordsBotDbContext(options) : new RecordsBotDbContext(options);
    }

    /// <summary>Whether the options use Npgsql (its options extension comes from Npgsql's EF Core assembly).</summary>
    public static bool IsPostgreSql(DbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var npgsql = typeof(NpgsqlDbContextOptionsBuilder).Assembly;
        return options.Extensions.Any(e => e.Info.IsDatabaseProvider && e.GetType().Assembly == npgsql);
    }

    /// <summary>Npgsql for a connection string; shared with the design-time factory of the PostgreSQL migrations.</summary>
    internal static void UsePostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    public static IServiceCollection AddRecordsBotDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddDbContextFactory<RecordsBotDbContext, RecordsBotDbContextFactory>((sp, options) =>
            Configure(options, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<AppSecretStore>();
        return services;
    }
}
