namespace RecordsBot.Tracking;

/// <summary>Settings under <c>RecordsBot:Tracking</c>.</summary>
public sealed class TrackingOptions
{
    public const string Section = "RecordsBot:Tracking";

    /// <summary>The address people reach this app at (https://records.example.org/), for calendar links. Unset: the
    /// address the app listens on (fine for the local Web Chat; set it behind a proxy or for Teams and SMS).</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a calendar link works after it is given.</summary>
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
