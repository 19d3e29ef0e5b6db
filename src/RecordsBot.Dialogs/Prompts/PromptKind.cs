namespace RecordsBot.Dialogs.Prompts;

/// <summary>What a prompt asks for.</summary>
public enum PromptKind
{
    Text,
    Choice,
    Confirm,
    Number,
    Date,
    Time,
    Email,
    Phone,
    State,
}
