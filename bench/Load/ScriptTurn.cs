namespace RecordsBot.Bench.Load;

/// <summary>
/// One turn of a simulated person: what they send (<see cref="Text"/>; null for joining the conversation) and words the
/// bot's replies must contain (<see cref="Expect"/>), so a script that no longer fits the bot fails loudly instead of
/// timing re-prompts. <see cref="Step"/> groups turns for the per-step figures (menu, fees, providers, letter).
/// </summary>
public sealed record ScriptTurn(string Step, string? Text, string Expect);
