namespace RecordsBot.Tests.Infrastructure;

/// <summary>A test class that runs one app on its own data folder, started on first use and disposed after each test.</summary>
public abstract class AppTest : IDisposable
{
    private RecordsBotApp? app;

    protected TestDataFolder Data { get; } = new();

    protected RecordsBotApp App => app ??= CreateApp();

    public void Dispose()
    {
        app?.Dispose();
        Data.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The app under test; override to add settings or replace services.</summary>
    protected virtual RecordsBotApp CreateApp() => new(Data);
}
