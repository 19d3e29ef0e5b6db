using RecordsBot.Bench.AppServices;

namespace RecordsBot.Bench.Sweep;

/// <summary>A seeded database (a SQLite file or a PostgreSQL database): where it is, what it holds, how long the seed took
/// and its size.</summary>
public sealed record SeededDatabase(BenchDatabase Database, SeedCounts Counts, TimeSpan Elapsed, long Bytes);
