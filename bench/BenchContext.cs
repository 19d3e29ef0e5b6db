namespace RecordsBot.Bench;

/// <summary>What every part is given: the settings, the repository, a scratch folder for this run and a progress log.</summary>
public sealed class BenchContext(BenchSettings settings, string repoRoot, string workDir, TextWriter log)
{
    public BenchSettings Settings { get; } = settings;

    /// <summary>The repository root (where RecordsBot.sln is).</summary>
    public string RepoRoot { get; } = repoRoot;

    /// <summary>A folder for this run's databases and files, deleted at the end unless <c>--keep</c>.</summary>
    public string WorkDir { get; } = workDir;

    /// <summary>The built app's folder (src/RecordsBot/bin/Release/net10.0), its content root and its DLL.</summary>
    public string AppContentRoot => Path.Combine(RepoRoot, "src", "RecordsBot");

    public string AppDll => Path.Combine(AppContentRoot, "bin", BuildConfiguration, "net10.0", "RecordsBot.dll");

    /// <summary>The configuration the bench itself was built in (the app is built in the same one).</summary>
    public static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>Progress lines for the person running the bench (standard error, so the table on standard output stays clean).</summary>
    public void Progress(string line) => log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
