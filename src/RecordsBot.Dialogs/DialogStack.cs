namespace RecordsBot.Dialogs;

/// <summary>
/// The persisted dialog stack of one conversation (kept in ConversationState as typed JSON). The last frame is the
/// active dialog.
/// </summary>
public sealed class DialogStack
{
    public List<DialogInstance> Frames { get; set; } = [];
}
