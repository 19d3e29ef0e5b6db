using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests that need a real server: Debian's PostgreSQL (./test.sh installs it),
/// <c>initdb</c> into a temporary folder, <c>pg_ctl</c> on 127.0.0.1 at a free port (socket in the same folder), stopped
/// and removed when the collection is done. As root (initdb refuses root) the folder belongs to <c>postgres</c> and the
/// tools run under <c>runuser -u postgres</c>. Each test takes a database of its own (<see cref="NewDatabase"/>; the
/// app's migrations create it). When PostgreSQL is missing or does not start, every test using this fails with the
/// reason: nothing is skipped.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string bin;
    private readonly bool asRoot = Environment.UserName == "root";

    public PostgresServer()
    {
        bin = FindBin();
        DataDir = Path.Combine(Path.GetTempPath(), "recordsbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDir);
        Port = FreePort();
        try
        {
            if (asRoot)
            {
                Run("chown", ["postgres:postgres", DataDir]);
            }

            Tool("initdb", ["-D", DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
            // Throwaway data: no fsync; room for several apps' connection pools.
            var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k {DataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            Tool("pg_ctl", ["-w", "-t", "60", "-D", DataDir, "-l", Path.Combine(DataDir, "server.log"), "-o", settings, "start"]);
        }
        catch (Exception e)
        {
            var log = Path.Combine(DataDir, "server.log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "(no server log)";
            Dispose();
            throw new InvalidOperationException($"Could not start a PostgreSQL test server ({e.Message}). Server log:\n{tail}", e);
        }
    }

    public string DataDir { get; }

    public int Port { get; }

    /// <summary>A connection string to a database name not used before (created by the app's migrations, or by the caller).</summary>
    public string NewDatabase() => ConnectionString("rb_" + Guid.NewGuid().ToString("N")[..16]);

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        // Short-lived apps: idle pooled connections go quickly so the server's limit is never in the way.
        ConnectionIdleLifetime = 5,
        ConnectionPruningInterval = 1,
    }.ConnectionString;

    /// <summary>The app's settings for this server: the provider and a fresh database.</summary>
    public Dictionary<string, string?> AppSettings(string? connectionString = null) => new()
    {
        ["RecordsBot:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:RecordsBot"] = connectionString ?? NewDatabase(),
    };

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
        {
            try
            {
                Tool("pg_ctl", ["-w", "-D", DataDir, "-m", "immediate", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Best effort: the folder goes below either way.
            }
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS temp folder is cleaned anyway.
        }
    }

    private static string FindBin()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run ./test.sh, which installs Debian's postgresql package, or apt-get install postgresql.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Tool(string name, string[] args)
    {
        var path = Path.Combine(bin, name);
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} took longer than 90 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}");
        }
    }
}
