using System.Globalization;

namespace RecordsBot.Bench;

/// <summary>
/// The command line. Defaults are small, so the whole bench runs in a few minutes on 2 cores; <c>--full</c> sets the
/// sizes the issue's targets are stated for (1,000,000 tracked requests, longer load phases).
/// </summary>
public sealed record BenchSettings
{
    /// <summary>Simulated people at once in the closed loop (each sends its next message as soon as it has the replies).</summary>
    public int People { get; init; } = 200;

    /// <summary>How long each closed-loop phase is measured, after its warm-up.</summary>
    public TimeSpan LoadDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Warm-up before each measured load phase (not counted).</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The open loop's offered load, turns per second, paced whatever the replies.</summary>
    public int OpenRate { get; init; } = 200;

    /// <summary>Tracked requests seeded for the sweep.</summary>
    public int SweepRequests { get; init; } = 100_000;

    /// <summary>Letters rendered for the PDF figures.</summary>
    public int PdfLetters { get; init; } = 1_000;

    /// <summary>Start-ups timed (the median is reported).</summary>
    public int StartupRuns { get; init; } = 5;

    /// <summary>The parts to run (all when empty): load, sweep, pdf, startup.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A PostgreSQL connection string: when set, the app, the echo bot and the sweep use it instead of SQLite files.</summary>
    public string? PostgresConnection { get; init; }

    /// <summary>Where the JSON report goes.</summary>
    public string JsonPath { get; init; } = Path.Combine("artifacts", "bench", "latest.json");

    /// <summary>Sample each bot's CPU with dotnet-trace during its closed loop and put the hottest methods in the report.</summary>
    public bool Profile { get; init; }

    /// <summary>Keep the scratch folder (databases, server logs) for a look afterwards.</summary>
    public bool Keep { get; init; }

    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    public const string Usage = """
        Usage: dotnet run -c Release --project bench -- [options]
          --full                 the issue's sizes: 1,000,000 tracked requests, 30 s load phases
          --people N             simulated people at once, closed loop (default 200)
          --seconds S            measured seconds per load phase (default 15; 30 with --full)
          --warmup S             warm-up seconds before each load phase (default 5)
          --rate R               open-loop offered load in turns/s (default 200)
          --sweep-requests N     tracked requests seeded for the sweep (default 100000; 1000000 with --full)
          --pdf-letters N        letters for the PDF figures (default 1000)
          --startup-runs N       start-ups timed (default 5)
          --only a,b             run only these parts: load, sweep, pdf, startup
          --postgres CS          run against PostgreSQL (a Npgsql connection string) instead of SQLite files
          --json PATH            where to write the JSON report (default artifacts/bench/latest.json)
          --profile              sample each bot's CPU (dotnet-trace) in its closed loop; hottest methods in the report
          --keep                 keep the scratch folder (databases, server logs)
        """;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a short message on a bad option.</summary>
    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchSettings();
        if (args.Contains("--full"))
        {
            settings = settings with { SweepRequests = 1_000_000, LoadDuration = TimeSpan.FromSeconds(30) };
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            int Count(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new ArgumentException($"{arg} needs a whole number of at least {min}.");

            settings = arg switch
            {
                "--full" => settings,
                "--people" => settings with { People = Count(1) },
                "--seconds" => settings with { LoadDuration = TimeSpan.FromSeconds(Count(1)) },
                "--warmup" => settings with { Warmup = TimeSpan.FromSeconds(Count(0)) },
                "--rate" => settings with { OpenRate = Count(1) },
                "--sweep-requests" => settings with { SweepRequests = Count(1) },
                "--pdf-letters" => settings with { PdfLetters = Count(1) },
                "--startup-runs" => settings with { StartupRuns = Count(1) },
                "--only" => settings with { Only = Parts(Value()) },
                "--postgres" => settings with { PostgresConnection = Value() },
                "--json" => settings with { JsonPath = Value() },
                "--keep" => settings with { Keep = true },
                "--profile" => settings with { Profile = true },
                _ => throw new ArgumentException($"Unknown option {arg}."),
            };
        }

        return settings;
    }

    private static HashSet<string> Parts(string list)
    {
        string[] known = ["load", "sweep", "pdf", "startup"];
        var parts = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = parts.Where(p => !known.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        return unknown.Count == 0 && parts.Count > 0
            ? parts
            : throw new ArgumentException($"--only takes some of: {string.Join(", ", known)}.");
    }
}
