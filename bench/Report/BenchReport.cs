using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecordsBot.Bench;

/// <summary>The run's figures: a table for people, JSON for tools (and for the README's figures).</summary>
public sealed record BenchReport(DateTimeOffset Date, MachineInfo Machine, BenchSettings Settings, TimeSpan Elapsed, IReadOnlyList<BenchSection> Sections)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, // a ratio or mean of nothing is "NaN", not a crash
    };

    public void WriteTable(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"RecordsBot bench, {Date:yyyy-MM-dd HH:mm zzz}, {Machine}");
        output.WriteLine($"Database: {(Settings.PostgresConnection is null ? "SQLite files" : "PostgreSQL")}; run took {Elapsed.TotalMinutes:0.0} min");
        output.WriteLine();
        const string header = "| part | metric | value | target | met |";
        output.WriteLine(header);
        output.WriteLine("|---|---|---:|---|---|");
        foreach (var section in Sections)
        {
            foreach (var row in section.Rows)
            {
                var met = row.Met switch { true => "yes", false => "NO", null => "" };
                output.WriteLine($"| {section.Name} | {row.Metric} | {Format(row.Value)} {row.Unit} | {row.Target} | {met} |");
            }
        }

        foreach (var section in Sections.Where(s => s.Notes.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{section.Name}:");
            foreach (var note in section.Notes)
            {
                output.WriteLine(note);
            }
        }

        output.WriteLine();
    }

    public void WriteJson(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new
        {
            date = Date,
            machine = Machine,
            database = Settings.PostgresConnection is null ? "sqlite" : "postgresql",
            settings = new
            {
                Settings.People,
                loadSeconds = Settings.LoadDuration.TotalSeconds,
                warmupSeconds = Settings.Warmup.TotalSeconds,
                Settings.OpenRate,
                Settings.SweepRequests,
                Settings.PdfLetters,
                Settings.StartupRuns,
            },
            elapsedSeconds = Math.Round(Elapsed.TotalSeconds, 1),
            sections = Sections,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json) + Environment.NewLine);
    }

    internal static string Format(double value) => value switch
    {
        _ when value == Math.Floor(value) => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
