namespace RecordsBot.Dialogs;

/// <summary>Where the stack stands after a turn (the Bot Framework Dialogs vocabulary).</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog is active.</summary>
    Empty,

    /// <summary>A dialog waits for the person's next message.</summary>
    Waiting,

    /// <summary>The root dialog ended with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
