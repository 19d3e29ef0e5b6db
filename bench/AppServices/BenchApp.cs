using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Bench.AppServices;

/// <summary>
/// The real app's services in this process, composed exactly as <c>Program.cs</c> composes them
/// (<c>WebApplication.CreateBuilder</c> on the app's content root + <c>AddRecordsBot()</c> + <c>Build()</c>), with
/// configuration overrides (the database, the public address…) and optional service replacements. The web server is
/// not started and neither are the hosted services (no timer sweeps, no retention jobs): a part calls what it measures
/// itself. The schema comes from the app's own migrations (<see cref="MigrateAsync"/>).
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchApp(WebApplication app) => this.app = app;

    public IServiceProvider Services => app.Services;

    public IConfiguration Configuration => app.Configuration;

    public T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Builds the app's services on <paramref name="database"/>. <paramref name="settings"/> are added over the
    /// app's appsettings.json; <paramref name="services"/> may replace registrations (a clock, an interceptor).</summary>
    public static BenchApp Build(
        BenchContext context,
        BenchDatabase database,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = context.AppContentRoot,
            EnvironmentName = Environments.Production,
            Args = [],
        });

        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // The repository's dialogs/ (the same files the app copies beside its DLL).
            ["RecordsBot:DialogsPath"] = Path.Combine(context.RepoRoot, "dialogs"),
            ["RecordsBot:PublicBaseUrl"] = "https://records.example.org/",
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in database.Settings().Concat(settings ?? []))
        {
            overrides[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(overrides);

        // Warnings and errors only, to standard error: the table on standard output stays clean, and the app's
        // Information events (one per check-in sent, per letter made) cost what a filtered-out log line costs.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole();
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.AddRecordsBot();
        services?.Invoke(builder.Services);
        return new BenchApp(builder.Build());
    }

    /// <summary>Creates or upgrades the schema with the app's own migrations (what its DatabaseMigrator does at start).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
