namespace RecordsBot.Reminders;

/// <summary>
/// One planned check-in about a tracked request. <see cref="OwnerKey"/> is the person's keyed hash
/// (<see cref="Privacy.PersonKeys"/>); <see cref="ConversationReference"/> is the Bot Framework reference (JSON) of the
/// conversation the request came from, which the check-in is written into. A claim (<see cref="ClaimId"/>,
/// <see cref="ClaimExpiresUtc"/>) reserves it for one sending instance; while claimed, <see cref="NextAttemptUtc"/> is
/// the claim's expiry, so the sweep query (status and next attempt, indexed) does not see it until the claim lapses.
/// </summary>
public sealed class CheckIn
{
    public long Id { get; set; }

    public required string OwnerKey { get; set; }

    public long RequestId { get; set; }

    /// <summary>The request's due date when planned (the extension's date when there is one).</summary>
    public DateOnly RequestDueOn { get; set; }

    /// <summary>One of <see cref="CheckInKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>When it is meant to go (UTC).</summary>
    public DateTime DueUtc { get; set; }

    public CheckInStatus Status { get; set; }

    /// <summary>Sends tried so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the sweeper may take it next (UTC): its due time, a retry's time, or a claim's expiry.</summary>
    public DateTime NextAttemptUtc { get; set; }

    public string? ClaimId { get; set; }

    public DateTime? ClaimExpiresUtc { get; set; }

    /// <summary>The conversation to write into: a Bot Framework ConversationReference as JSON.</summary>
    public required string ConversationReference { get; set; }

    /// <summary>A hash of the reference's channel and conversation id: the check-ins of one conversation, pruned
    /// together when the channel says it is gone.</summary>
    public required string ConversationKey { get; set; }

    /// <summary>The person's time zone when planned (an IANA id, or a fixed offset like "-05:00"), for quiet hours.</summary>
    public required string TimeZone { get; set; }

    /// <summary>What went wrong at the last failed attempt (an exception type or an HTTP status; never a message).</summary>
    public string? LastError { get; set; }

    /// <summary>How it went: "chat" or "sms".</summary>
    public string? SentVia { get; set; }

    public DateTime? SentUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
}
