using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs;

/// <summary>What a dialog is begun with: starting values (flows) or prompt options (prompts).</summary>
public sealed record DialogArgs(IReadOnlyDictionary<string, string>? Values = null, PromptOptions? Prompt = null);
