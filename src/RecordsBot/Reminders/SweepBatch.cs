namespace RecordsBot.Reminders;

/// <summary>What one batch of a sweep did: how many due check-ins it found (at most the batch size) and how many it sent.</summary>
public readonly record struct SweepBatch(int Found, int Sent);
