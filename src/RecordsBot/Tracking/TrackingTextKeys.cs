namespace RecordsBot.Tracking;

/// <summary>The texts the tracking code says by key; all required at start.</summary>
public static class TrackingTextKeys
{
    public static IReadOnlyList<string> Required { get; } = [];
}
