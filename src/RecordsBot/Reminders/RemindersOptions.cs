namespace RecordsBot.Reminders;

/// <summary>
/// Settings under <c>RecordsBot:Reminders</c>: how often the sweeper looks for due check-ins, quiet hours, the
/// cadence of check-ins around a due date, retries, and SMS check-ins by Twilio. Checked at start
/// (<see cref="RemindersOptionsValidator"/>).
/// </summary>
public sealed class RemindersOptions
{
    public const string Section = "RecordsBot:Reminders";

    /// <summary>How often the sweeper looks for check-ins that are due.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Local time quiet hours begin (nothing is sent from then until <see cref="QuietHoursEnd"/>).</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>Local time quiet hours end. Equal to <see cref="QuietHoursStart"/>: no quiet hours.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(9, 0);

    /// <summary>Local time of day a check-in is planned for.</summary>
    public TimeOnly CheckInTime { get; set; } = new(10, 0);

    /// <summary>Days before the due date with a check-in, comma-separated (e.g. "3" or "7,3"); empty for none.</summary>
    public string DaysBefore { get; set; } = "3";

    /// <summary>Days after the due date with a check-in while the request is open, comma-separated, increasing.</summary>
    public string DaysAfter { get; set; } = "3,7,14";

    /// <summary>After the last of <see cref="DaysAfter"/>, a check-in every this many days while open (0: none).</summary>
    public int RepeatEveryDays { get; set; } = 14;

    /// <summary>At most this many check-ins after the due date (the "late" one not counted).</summary>
    public int MaxAfterDue { get; set; } = 8;

    /// <summary>The complaint window counted from the due date, in days (the "late" check-in comes before it closes).</summary>
    public int ComplaintWindowDays { get; set; } = 180;

    /// <summary>How many days before the complaint window closes the "late" check-in comes.</summary>
    public int LateLeadDays { get; set; } = 14;

    /// <summary>How long "snooze" holds check-ins back, in days.</summary>
    public int SnoozeDays { get; set; } = 7;

    /// <summary>How long a claimed check-in is reserved for the instance sending it; after that another may retake it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the first failed send; each further failure doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sends tried before a check-in is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Check-ins found and processed per batch; a sweep runs batches until one comes back short.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Offer SMS check-ins to people who chat on Web Chat (needs the Twilio settings).</summary>
    public bool SmsEnabled { get; set; }

    public TwilioOptions Twilio { get; set; } = new();

    /// <summary>The parsed <see cref="DaysBefore"/> (valid after validation).</summary>
    public IReadOnlyList<int> BeforeDays() => ParseDays(DaysBefore) ?? [];

    /// <summary>The parsed <see cref="DaysAfter"/> (valid after validation).</summary>
    public IReadOnlyList<int> AfterDays() => ParseDays(DaysAfter) ?? [];

    /// <summary>A comma-separated list of whole days from 1 to 365, or null when it is not one.</summary>
    public static IReadOnlyList<int>? ParseDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var days = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) || day is < 1 or > 365)
            {
                return null;
            }

            days.Add(day);
        }

        return days;
    }
}
