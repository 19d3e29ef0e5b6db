namespace RecordsBot.Reminders;

/// <summary>
/// A person's check-in settings, under their keyed hash (<see cref="Privacy.PersonKeys"/>). No row: never asked, and
/// check-ins are planned (the opt-in question follows the first tracked request). The phone number for SMS check-ins
/// is stored encrypted (<see cref="ProtectedPhone"/>).
/// </summary>
public sealed class ReminderPreference
{
    public required string OwnerKey { get; set; }

    /// <summary>null: not asked yet; false: check-ins turned off.</summary>
    public bool? OptedIn { get; set; }

    /// <summary>No check-in before this instant (UTC).</summary>
    public DateTime? SnoozedUntilUtc { get; set; }

    /// <summary>Check-ins by SMS (Twilio) instead of into the chat.</summary>
    public bool UseSms { get; set; }

    /// <summary>The phone number for SMS check-ins, encrypted with the app's key (<see cref="PhoneProtector"/>).</summary>
    public string? ProtectedPhone { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
