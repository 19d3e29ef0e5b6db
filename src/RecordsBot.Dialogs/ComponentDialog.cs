using System.Security.Cryptography;
using System.Text;

namespace RecordsBot.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with an inner stack of its own (kept in its frame's <see cref="DialogInstance.Inner"/>).
/// It begins <see cref="InitialDialogId"/> and ends when its inner stack ends, with the inner result. Its version
/// changes when any inner dialog's does, so a changed part restarts the whole component.
/// </summary>
public class ComponentDialog(string id, string initialDialogId) : Dialog(id)
{
    private readonly DialogSet inner = new();

    public string InitialDialogId { get; } = initialDialogId;

    public override string Version =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', inner.All.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id + "@" + d.Version)))))[..12];

    public ComponentDialog AddDialog(Dialog dialog)
    {
        inner.Add(dialog);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, DialogArgs? args, CancellationToken cancellationToken)
    {
        var innerDc = InnerContext(dc, dc.ActiveDialog!);
        var result = await innerDc.BeginDialogAsync(InitialDialogId, args, cancellationToken);
        return await EndIfDoneAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var innerDc = InnerContext(dc, dc.ActiveDialog!);
        var result = await innerDc.ContinueDialogAsync(cancellationToken);
        return await EndIfDoneAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        // A child began on the outer stack has ended: the component waits again for its inner dialog.
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        InnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    /// <summary>What the inner active dialog expects, found in the component's own dialogs or its parents'.</summary>
    public override string? HelpKey(DialogContext dc, DialogInstance instance) => InnerContext(dc, instance).ActiveHelpKey();

    private DialogContext InnerContext(DialogContext dc, DialogInstance instance)
    {
        instance.Inner ??= [];
        return inner.CreateChildContext(dc, instance.Inner);
    }

    private static async Task<DialogTurnResult> EndIfDoneAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status == DialogTurnStatus.Waiting ? result : await dc.EndDialogAsync(result.Result, cancellationToken);
}
