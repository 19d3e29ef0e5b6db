namespace RecordsBot.Tests.Infrastructure;

/// <summary>A temporary folder with the app's SQLite file; removed when disposed.</summary>
public sealed class TestDataFolder : IDisposable
{
    public TestDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "recordsbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "recordsbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS temp folder is cleaned anyway.
        }
    }
}
