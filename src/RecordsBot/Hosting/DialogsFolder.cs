namespace RecordsBot.Hosting;

/// <summary>Finds the dialogs/ folder: absolute as configured, or relative to the app's own folder.</summary>
public static class DialogsFolder
{
    public static string Resolve(string configured) =>
        Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured);
}
