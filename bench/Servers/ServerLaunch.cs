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

    /// <summary>A fresh SQLite file in the scratch folder, or the PostgreSQL database given (with a schema of its own per server).</summary>
    private static Dictionary<string, string> Database(BenchContext context, string name)
    {
        if (context.Settings.PostgresConnection is { } postgres)
        {
            return new()
            {
                ["RecordsBot__Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__RecordsBot"] = PostgresDatabase.For(postgres, name),
            };
        }

        return new() { ["ConnectionStrings__RecordsBot"] = $"Data Source={Path.Combine(context.WorkDir, name + ".db")}" };
    }
}
