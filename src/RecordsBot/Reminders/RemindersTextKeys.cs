namespace RecordsBot.Reminders;

/// <summary>The texts the reminders code says by key; all required at start.</summary>
public static class RemindersTextKeys
{
    /// <summary>Words that turn check-ins off at any point ("stop reminders"), before any dialog sees the message.</summary>
    public const string StopWords = "reminders.stop.words";

    /// <summary>Said when those words turned check-ins off.</summary>
    public const string Stopped = "reminders.stopped";

    public const string SmsBefore = "reminders.sms.before";
    public const string SmsDue = "reminders.sms.due";
    public const string SmsOverdue = "reminders.sms.overdue";
    public const string SmsLate = "reminders.sms.late";

    public static IReadOnlyList<string> Required { get; } = [StopWords, Stopped, SmsBefore, SmsDue, SmsOverdue, SmsLate];

    /// <summary>The text of an SMS check-in of this kind (<see cref="CheckInKinds"/>).</summary>
    public static string SmsKeyFor(string kind) => kind switch
    {
        CheckInKinds.Before => SmsBefore,
        CheckInKinds.Due => SmsDue,
        CheckInKinds.Late => SmsLate,
        _ => SmsOverdue,
    };
}
