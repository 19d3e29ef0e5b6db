namespace RecordsBot.Tracking;

/// <summary>The names of the values track-request.dialog.yaml, track-checkin.dialog.yaml and their handlers share.</summary>
public static class TrackingValues
{
    /// <summary>How many entries the list just shown has (tracked requests, or saved providers while adding).</summary>
    public const string Count = "count";
    public const string Number = "number";
    public const string RequestId = "requestId";
    public const string ProviderId = "providerId";
    public const string Provider = "provider";
    public const string ProviderState = "providerState";
    public const string Method = "method";
    public const string Status = "status";
    public const string SentOn = "sentOn";
    public const string ReceivedOn = "receivedOn";
    public const string DueOn = "dueOn";

    /// <summary>What happened to a request (received-full, received-part, extended, denied, acknowledged,
    /// received-on, not-yet, later, stop, nothing).</summary>
    public const string Update = "update";

    /// <summary>"yes" when the request just saved is the person's first (check-ins are offered then).</summary>
    public const string First = "first";

    /// <summary>Handed to the reminders flow: opt-in, snooze or stop.</summary>
    public const string Entry = "entry";

    /// <summary>Handed to the letter flow: follow-up or complaint.</summary>
    public const string LetterKind = "letterKind";

    /// <summary>The check-in kind the reminder engine began track-checkin with: before, due, overdue, late.</summary>
    public const string CheckIn = "checkIn";
}
