using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Transcripts;

/// <summary>
/// One app for all transcripts: the real dialogs/ plus the test-only demo flow (fixtures/), opened by the phrase
/// "demo please", on a clock fixed at Tuesday 2026-11-24 15:00 UTC.
/// </summary>
public sealed class TranscriptApp : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private readonly TestDataFolder data = new();

    public TranscriptApp()
    {
        var dialogs = data.CopyDialogs();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts", "fixtures")))
        {
            File.Copy(file, Path.Combine(dialogs, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(dialogs, "phrases.en-US.yaml"), "\ndemo:\n  - demo please\n");
        App = new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }, s =>
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now))));
    }

    public RecordsBotApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        data.Dispose();
    }
}
