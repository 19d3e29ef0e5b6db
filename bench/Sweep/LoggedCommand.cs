namespace RecordsBot.Bench.Sweep;

/// <summary>One SQL command the app ran: its text, the first parameters it ran with, how often and how long in all.</summary>
public sealed record LoggedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, int Count, TimeSpan Total);
