namespace RecordsBot.Reminders;

/// <summary>How one attempt to send a check-in went.</summary>
public enum DeliveryOutcome
{
    Sent,

    /// <summary>The channel says the conversation is gone (HTTP 403 or 404): never retried, its check-ins pruned.</summary>
    Gone,

    /// <summary>The person stopped messages on this channel (SMS STOP, Twilio 21610): not sent, not retried.</summary>
    Stopped,

    /// <summary>Anything else: retried with backoff.</summary>
    Failed,
}
