using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs;

/// <summary>What a prompt frame keeps between turns: its options and how many replies it could not use.</summary>
public sealed class PromptState
{
    public PromptOptions Options { get; set; } = new();

    public int FailedAttempts { get; set; }

    /// <summary>The string key a validator gave for the last reply it refused, said once in the retry.</summary>
    public string? LastErrorKey { get; set; }
}
