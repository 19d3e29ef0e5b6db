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

    /// <summary>A copy of the app's dialogs/ folder in this data folder, for a test to edit as a content editor would;
    /// pass it as the RecordsBot:DialogsPath setting.</summary>
    public string CopyDialogs()
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "dialogs");
        var target = System.IO.Path.Combine(Path, "dialogs");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

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
