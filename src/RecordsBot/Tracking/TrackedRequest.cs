namespace RecordsBot.Tracking;

/// <summary>One tracked request of a person. <see cref="Id"/> is stable (check-ins and letters refer to it).</summary>
public sealed record TrackedRequest(long Id, TrackedRequestDetails Details, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    /// <summary>Still waiting for records: not received in full, not denied.</summary>
    public bool IsOpen => Details.Status is not (RequestStatus.ReceivedInFull or RequestStatus.Denied);

    /// <summary>The date the records are due now: the extension's date when there is one, else the first due date.</summary>
    public DateOnly? CurrentDueOn => Details.ExtendedTo ?? Details.DueOn;
}
