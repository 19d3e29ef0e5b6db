namespace RecordsBot.Tracking;

/// <summary>Settings under <c>RecordsBot:Tracking</c>.</summary>
public sealed class TrackingOptions
{
    public const string Section = "RecordsBot:Tracking";

    /// <summary>How long a calendar link works after it is given.</summary>
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
