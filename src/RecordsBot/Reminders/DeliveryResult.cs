namespace RecordsBot.Reminders;

/// <summary>What one attempt to send a check-in did: the outcome, how it went ("chat", "sms"), and for a failure a
/// short non-personal reason (an exception type, an HTTP status or a Twilio error code).</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string Via, string? Error = null);
