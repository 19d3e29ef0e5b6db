namespace RecordsBot.Dialogs;

/// <summary>The outcome of a stack operation: its status and, when the root completed, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, string? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}
