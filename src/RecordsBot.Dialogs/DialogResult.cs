namespace RecordsBot.Dialogs;

/// <summary>What a child dialog hands back to the dialog that began it.</summary>
public sealed record DialogResult(DialogOutcome Outcome, string? Value = null)
{
    public static DialogResult Completed(string? value) => new(DialogOutcome.Completed, value);

    public static DialogResult GaveUp { get; } = new(DialogOutcome.GaveUp);

    public static DialogResult Restarted { get; } = new(DialogOutcome.Restarted);
}
