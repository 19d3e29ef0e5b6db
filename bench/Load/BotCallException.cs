namespace RecordsBot.Bench.Load;

/// <summary>The bot answered a turn with an error status.</summary>
public sealed class BotCallException(string message) : Exception(message);
