namespace RecordsBot.Bench.Sweep;

/// <summary>A seeded SQLite file: where it is, what it holds, how long the seed took and its size.</summary>
public sealed record SeededDatabase(string File, SeedCounts Counts, TimeSpan Elapsed, long Bytes);
