namespace RecordsBot.Bench.Load;

/// <summary>One measured turn: its step, its latency and whether it failed.</summary>
public readonly record struct TurnSample(string Step, double Milliseconds, bool Failed);
