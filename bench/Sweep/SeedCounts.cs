namespace RecordsBot.Bench.Sweep;

/// <summary>What was seeded: people, tracked requests, check-ins (and how many of them are due now), preferences.</summary>
public sealed record SeedCounts(int People, int Requests, long CheckIns, long DueNow, long PendingLater, long Paused, int Preferences, int OptedOut, int Snoozed)
{
    public long Rows => Requests + CheckIns + Preferences;
}
