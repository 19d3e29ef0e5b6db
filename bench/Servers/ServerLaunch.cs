using RecordsBot.Bench.AppServices;

namespace RecordsBot.Bench.Servers;

/// <summary>How the two bots under test are started: the built app as a person runs it, and the echo bot from this assembly.</summary>
public static class ServerLaunch
{
    /// <summary>The built RecordsBot app, in its project folder (its content root: appsettings.json, wwwroot), on the database given.</summary>
    public static ServerProcess RecordsBot(BenchContext context, string name)
    {
        var environment = Database(context, name);
        return ServerProcess.Start(context.AppDll, [], environment, context.AppContentRoot, Path.Combine(context.WorkDir, name + ".log"));
    }

    /// <summary>The echo bot (<see cref="Echo.EchoServer"/>): this assembly with <c>serve-echo</c>.</summary>
    public static ServerProcess Echo(BenchContext context, string name)
    {
        var environment = Database(context, name);
        var self = typeof(ServerLaunch).Assembly.Location;
        return ServerProcess.Start(self, ["serve-echo"], environment, context.WorkDir, Path.Combine(context.WorkDir, name + ".log"));
    }

    /// <summary>Removes the server's database (its SQLite file, or its PostgreSQL database), so the next start makes it
    /// afresh with the app's migrations: a reused PostgreSQL server would otherwise hand a run the last run's data.</summary>
    public static Task DropDatabaseAsync(BenchContext context, string name, CancellationToken cancellationToken) =>
        DatabaseOf(context, name).DropAsync(cancellationToken);

    /// <summary>A SQLite file in the scratch folder, or a PostgreSQL database of the server's own on the server given.</summary>
    private static BenchDatabase DatabaseOf(BenchContext context, string name) =>
        BenchDatabase.For(context.Settings, Path.Combine(context.WorkDir, name + ".db"), name);

    /// <summary>The database's settings as environment variables of the server's process.</summary>
    private static Dictionary<string, string> Database(BenchContext context, string name) =>
        DatabaseOf(context, name).Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? string.Empty);
}
