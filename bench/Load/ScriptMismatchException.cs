namespace RecordsBot.Bench.Load;

/// <summary>The bot's replies did not contain what the script expects: the script no longer fits the bot.</summary>
public sealed class ScriptMismatchException(string message) : Exception(message);
