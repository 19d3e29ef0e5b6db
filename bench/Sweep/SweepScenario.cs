namespace RecordsBot.Bench.Sweep;

/// <summary>
/// The moment the sweep is timed at and the people's spread: Tuesday 24 November 2026, 10:00:30 in New York (15:00:30
/// UTC), thirty seconds after the check-in time (10:00 local, the app's default) there, so the due batch is the burst
/// the spread gives: the New Yorkers whose check-in is today. Requests were tracked over the 200 days before.
/// </summary>
public static class SweepScenario
{
    public static readonly DateTime Now = new(2026, 11, 24, 15, 0, 30, DateTimeKind.Utc);

    /// <summary>Requests were tracked (and their check-ins planned) over this many days before <see cref="Now"/>.</summary>
    public const int HistoryDays = 200;

    /// <summary>Check-ins due before this were sent by earlier sweeps (the app sweeps every minute).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Where people are (IANA zone, share of people, states of their providers; null: no state rules).</summary>
    public static readonly IReadOnlyList<(string Zone, double Share, string?[] States)> Zones =
    [
        ("America/New_York", 0.40, ["NY", "PA", "OH", "FL", "GA", "MA", "NC", "VA"]),
        ("America/Chicago", 0.25, ["TX", "IL", "MN", "WI", "TN"]),
        ("America/Denver", 0.07, ["CO", "UT", "NM"]),
        ("America/Phoenix", 0.03, ["AZ"]),
        ("America/Los_Angeles", 0.19, ["CA", "WA", "OR", "NV"]),
        ("America/Anchorage", 0.02, ["AK"]),
        ("Pacific/Honolulu", 0.02, ["HI"]),
        ("America/Puerto_Rico", 0.02, [null]),
    ];

    /// <summary>Providers' names (a kind read from the name moves some states' deadlines), some with accents.</summary>
    public static readonly string[] Providers =
    [
        "Mercy Hospital", "Lakeside Family Medicine", "Dr. Zoë Álvarez", "Quest Diagnostics Laboratory", "Valley Imaging Center",
        "St. Joseph's Medical Center", "Bright Smile Dental", "Northside Pediatrics Clinic", "Riverside Behavioral Health", "Núñez Cardiology",
    ];
}
