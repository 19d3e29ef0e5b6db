namespace RecordsBot.Tracking;

/// <summary>Where a tracked request stands.</summary>
public enum RequestStatus
{
    /// <summary>Written (a letter was made) but not sent yet.</summary>
    Drafted,
    Sent,

    /// <summary>The provider confirmed it has the request.</summary>
    Acknowledged,

    /// <summary>The provider sent a written extension notice with a new date (<see cref="TrackedRequest.ExtendedTo"/>).</summary>
    Extended,
    ReceivedInFull,
    ReceivedInPart,
    Denied,

    /// <summary>The person followed up in writing or complained to OCR.</summary>
    Escalated,
}
