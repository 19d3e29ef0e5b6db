namespace RecordsBot.Dialogs;

/// <summary>
/// A unit of conversation on the stack, as in Bot Framework Dialogs: begun, continued with each message while it
/// is active, resumed when a child it began ends, asked to prompt again, and told when it is cancelled.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Changes when the dialog's definition changes; a stored frame of another version restarts the topic.</summary>
    public virtual string Version => "1";

    /// <summary>
    /// Whether a stored frame of this dialog can go on after a deploy: by default only when its version is this one.
    /// <paramref name="topicAbove"/> says another topic (not just this dialog's own question) is open above the frame.
    /// </summary>
    public virtual bool Accepts(DialogInstance frame, bool topicAbove) => frame.Version == Version;

    /// <summary>What to begin this dialog with again when its stored frame could not go on after a deploy.</summary>
    public virtual DialogArgs? RestartArgs(DialogInstance frame) => null;

    /// <summary>The string key to say when this dialog restarts after a deploy, instead of the engine's default, or null.</summary>
    public virtual string? RestartedKey => null;

    /// <summary>A string key naming the topic to the person (used when it restarts), or null.</summary>
    public virtual string? TitleKey => null;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, DialogArgs? args, CancellationToken cancellationToken);

    /// <summary>A message arrived while this dialog is the active one.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(DialogResult.Completed(null), cancellationToken);

    /// <summary>A child this dialog began has ended.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result.Value, cancellationToken);

    /// <summary>Ask again what the dialog waits for (after help, or after an interruption ended).</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The string key saying what this dialog expects now (for help), or null.</summary>
    public virtual string? HelpKey(DialogContext dc, DialogInstance instance) => null;
}
