using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Storage;

namespace RecordsBot.Hosting;

/// <summary>The database connection (<c>ConnectionStrings:RecordsBot</c>, default a SQLite file under the content root).</summary>
public static class DatabaseSetup
{
    public const string ConnectionName = "RecordsBot";
    public const string DefaultConnection = "Data Source=data/recordsbot.db";

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

    /// <summary>Points a context at the configured database. Also used by tools outside the app (bench/) so they open
    /// the database exactly as the app does.</summary>
    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot) =>
        options.UseSqlite(ResolveSqlite(configuration, contentRoot)).AddInterceptors(SqliteConnectionTuning.Instance);

    public static IServiceCollection AddRecordsBotDatabase(this IServiceCollection services)
    {
        // Pooled: every turn opens a few short-lived contexts (state read and write, lists); a pooled one is reset
        // and reused instead of being built and given its services anew (the bench saw that in the turn's profile).
        services.AddPooledDbContextFactory<RecordsBotDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<AppSecretStore>();
        return services;
    }
}
