namespace RecordsBot.Dialogs;

/// <summary>One frame of the stack: which dialog, in which version, at which step, and what it has gathered.</summary>
public sealed class DialogInstance
{
    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's version when this frame began; a different version after a deploy restarts the topic.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>The step the dialog waits at (flows), or null.</summary>
    public string? StepId { get; set; }

    /// <summary>The version of that step when the dialog reached it (flows), or null.</summary>
    public string? StepVersion { get; set; }

    /// <summary>What the dialog gathered, by name, in canonical text form (dates yyyy-MM-dd, numbers invariant, yes/no).</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A prompt's options and attempts, for prompt frames.</summary>
    public PromptState? Prompt { get; set; }

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>.</summary>
    public List<DialogInstance>? Inner { get; set; }
}
