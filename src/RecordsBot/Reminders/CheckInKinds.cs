namespace RecordsBot.Reminders;

/// <summary>The kinds of check-in, handed to the track-checkin flow as its value <c>checkIn</c>.</summary>
public static class CheckInKinds
{
    /// <summary>Some days before the due date.</summary>
    public const string Before = "before";

    /// <summary>On the due date.</summary>
    public const string Due = "due";

    /// <summary>After the due date, while the records have not come.</summary>
    public const string Overdue = "overdue";

    /// <summary>Once, some days before the complaint window (counted from the due date) closes.</summary>
    public const string Late = "late";

    /// <summary>The kind a check-in is sent as on <paramref name="today"/> (the person's date): one planned before or on
    /// the due date but sent later (the app was down, quiet hours, a snooze) says how things stand when it arrives.</summary>
    public static string AsOf(string planned, DateOnly dueOn, DateOnly today) => planned switch
    {
        Before or Due when today > dueOn => Overdue,
        Before when today == dueOn => Due,
        _ => planned,
    };
}
