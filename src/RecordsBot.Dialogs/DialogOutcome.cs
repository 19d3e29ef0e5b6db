namespace RecordsBot.Dialogs;

/// <summary>How a child dialog came back to its parent.</summary>
public enum DialogOutcome
{
    /// <summary>It ended normally, maybe with a value.</summary>
    Completed,

    /// <summary>A prompt reached its attempt limit without a usable answer.</summary>
    GaveUp,

    /// <summary>Run the current step again: the child's definition changed under the conversation and it was dropped,
    /// or a prompt was interrupted by another topic and asks to be asked again as now defined.</summary>
    Restarted,
}
