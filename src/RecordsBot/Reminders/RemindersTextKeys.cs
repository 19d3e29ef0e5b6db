namespace RecordsBot.Reminders;

/// <summary>The texts the reminders code says by key; all required at start.</summary>
public static class RemindersTextKeys
{
    public static IReadOnlyList<string> Required { get; } = [];
}
