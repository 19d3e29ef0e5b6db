namespace RecordsBot.Bot;

/// <summary>The flows in dialogs/ that the app's C# begins by name. Each must exist, or the app does not start.</summary>
public static class FlowIds
{
    /// <summary>The menu every conversation returns to.</summary>
    public const string Main = "main";

    /// <summary>"delete my data": confirm, then erase.</summary>
    public const string DeleteMyData = "delete-my-data";

    public static IReadOnlyCollection<string> Required { get; } = [Main, DeleteMyData];
}
