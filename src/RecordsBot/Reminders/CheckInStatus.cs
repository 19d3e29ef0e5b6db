namespace RecordsBot.Reminders;

/// <summary>Where a stored check-in stands. Only <see cref="Pending"/> ones are ever sent.</summary>
public enum CheckInStatus
{
    /// <summary>Waiting for its time (or for its next attempt, or claimed by an instance sending it).</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>Given up after <see cref="RemindersOptions.MaxAttempts"/> failed sends.</summary>
    Failed = 2,

    /// <summary>No longer wanted: the request closed or was deleted, or was planned again.</summary>
    Cancelled = 3,

    /// <summary>Fell due while the app was down, and a later check-in of the same request was due too: only that one goes.</summary>
    Skipped = 4,

    /// <summary>Held while the person has check-ins turned off; the future ones come back when they turn them on.</summary>
    Paused = 5,

    /// <summary>The channel says the conversation is gone (403/404), or the person stopped texts: never retried.</summary>
    Unreachable = 6,
}
