namespace RecordsBot.Tracking;

/// <summary>
/// One tracked request in the database. <see cref="OwnerKey"/> is <see cref="Privacy.PersonKeys"/>' keyed hash of the
/// person's channel and user id, never the ids themselves. Enums are stored by name, so reordering them never changes
/// what a stored row means.
/// </summary>
public sealed class TrackedRequestRow
{
    public long Id { get; set; }

    public required string OwnerKey { get; set; }

    public long? ProviderId { get; set; }

    public required string ProviderName { get; set; }

    public string? ProviderState { get; set; }

    public RequestMethod? Method { get; set; }

    public RequestStatus Status { get; set; }

    public DateOnly? SentOn { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? ExtendedTo { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
