namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>A dialog whose begin, continue, resume and reprompt are lambdas; what it is not given behaves as
/// <see cref="Dialog"/> does by default.</summary>
public sealed class ScriptedDialog(string id) : Dialog(id)
{
    public Func<DialogContext, DialogArgs?, Task<DialogTurnResult>> OnBegin { get; init; } = (_, _) => Task.FromResult(DialogTurnResult.Waiting);

    public Func<DialogContext, Task<DialogTurnResult>>? OnContinue { get; init; }

    public Func<DialogContext, DialogResult, Task<DialogTurnResult>>? OnResume { get; init; }

    public Func<DialogContext, DialogInstance, Task>? OnReprompt { get; init; }

    public string VersionText { get; set; } = "1";

    public string? Title { get; init; }

    public string? Help { get; init; }

    public override string Version => VersionText;

    public override string? TitleKey => Title;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, DialogArgs? args, CancellationToken cancellationToken) => OnBegin(dc, args);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        OnContinue is null ? base.ContinueDialogAsync(dc, cancellationToken) : OnContinue(dc);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) =>
        OnResume is null ? base.ResumeDialogAsync(dc, result, cancellationToken) : OnResume(dc, result);

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnReprompt is null ? base.RepromptDialogAsync(dc, instance, cancellationToken) : OnReprompt(dc, instance);

    public override string? HelpKey(DialogContext dc, DialogInstance instance) => Help;

    /// <summary>Says <paramref name="key"/> and waits.</summary>
    public static async Task<DialogTurnResult> SayAndWait(DialogContext dc, string key)
    {
        await dc.SayAsync(key, null, CancellationToken.None);
        return DialogTurnResult.Waiting;
    }
}
