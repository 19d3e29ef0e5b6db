namespace RecordsBot.Dialogs;

/// <summary>How a child dialog came back to its parent.</summary>
public enum DialogOutcome
{
    /// <summary>It ended normally, maybe with a value.</summary>
    Completed,

    /// <summary>A prompt reached its attempt limit without a usable answer.</summary>
    GaveUp,

    /// <summary>The child's definition changed under the conversation and it was dropped: run the current step again.</summary>
    Restarted,
}
