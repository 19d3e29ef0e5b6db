namespace RecordsBot.Tests.Infrastructure;

/// <summary>Where tests write artifacts a person can look at (screenshots): artifacts/ at the repository root.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecordsBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? AppContext.BaseDirectory;
        }
    }

    public static string Artifact(string name)
    {
        var path = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
