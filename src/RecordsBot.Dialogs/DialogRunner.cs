using Microsoft.Bot.Builder;

namespace RecordsBot.Dialogs;

/// <summary>
/// Runs one turn of a conversation's stack with a root dialog that is always there: restarts topics whose definition
/// changed, hands the message to the active dialog, and when the stack empties (the root ended, was cancelled or
/// never began) begins the root again, so the person is never left without a question.
/// </summary>
public sealed class DialogRunner(DialogSet dialogs, DialogEnvironment environment, string rootDialogId)
{
    public DialogSet Dialogs { get; } = dialogs;

    public DialogEnvironment Environment { get; } = environment;

    public string RootDialogId { get; } = rootDialogId;

    public DialogContext CreateContext(ITurnContext turnContext, DialogStack stack) => Dialogs.CreateContext(turnContext, stack, Environment);

    /// <summary>Handles the person's message <paramref name="text"/>.</summary>
    public async Task<DialogTurnResult> ContinueAsync(ITurnContext turnContext, DialogStack stack, string text, CancellationToken cancellationToken)
    {
        var dc = CreateContext(turnContext, stack);
        if (await dc.RestartChangedDialogsAsync(cancellationToken) is { } restarted)
        {
            // The message was an answer to a question that no longer exists: the topic asked again, nothing is guessed.
            return await EnsureRootAsync(dc, restarted, cancellationToken);
        }

        DialogTurnResult result;
        if (dc.ActiveDialog is null)
        {
            dc.PendingInput = text;
            result = await dc.BeginDialogAsync(RootDialogId, null, cancellationToken);
            dc.PendingInput = null;
        }
        else
        {
            result = await dc.ContinueDialogAsync(cancellationToken);
        }

        return await EnsureRootAsync(dc, result, cancellationToken);
    }

    /// <summary>Begins <paramref name="dialogId"/> on top of whatever is active (an interruption such as "delete my
    /// data"); when it ends, the dialog below asks its question again.</summary>
    public async Task<DialogTurnResult> InterruptAsync(ITurnContext turnContext, DialogStack stack, string dialogId, CancellationToken cancellationToken)
    {
        var dc = CreateContext(turnContext, stack);
        if (await dc.RestartChangedDialogsAsync(cancellationToken) is { } restarted && restarted.Status != DialogTurnStatus.Waiting)
        {
            await EnsureRootAsync(dc, restarted, cancellationToken);
        }

        if (stack.Frames.Any(f => f.Id == dialogId))
        {
            // Asked again while it is already open: ask its question again rather than stacking another copy.
            await dc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }

        return await EnsureRootAsync(dc, await dc.BeginDialogAsync(dialogId, null, cancellationToken), cancellationToken);
    }

    /// <summary>Drops every dialog and begins the root afresh.</summary>
    public async Task<DialogTurnResult> RestartAsync(ITurnContext turnContext, DialogStack stack, CancellationToken cancellationToken)
    {
        var dc = CreateContext(turnContext, stack);
        await dc.CancelAllDialogsAsync(cancellationToken);
        return await EnsureRootAsync(dc, new DialogTurnResult(DialogTurnStatus.Empty), cancellationToken);
    }

    /// <summary>Asks the active dialog's question again; begins the root when nothing is active.</summary>
    public async Task<DialogTurnResult> RepromptAsync(ITurnContext turnContext, DialogStack stack, CancellationToken cancellationToken)
    {
        var dc = CreateContext(turnContext, stack);
        return await dc.RestartChangedDialogsAsync(cancellationToken) is { } restarted
            ? await EnsureRootAsync(dc, restarted, cancellationToken)
            : await RepromptOrBeginRootAsync(dc, cancellationToken);
    }

    /// <summary>Whether a topic is in progress: a dialog above the root other than the root's own question.</summary>
    public bool InTopic(DialogStack stack) => stack.Frames.Skip(1).Any(f => Dialogs.Find(f.Id) is not Prompts.Prompt);

    /// <summary>What the active step expects, as a string key, or null.</summary>
    public string? ActiveHelpKey(ITurnContext turnContext, DialogStack stack) => CreateContext(turnContext, stack).ActiveHelpKey();

    /// <summary>
    /// Help: what the active step expects (or the text of <paramref name="noStepKey"/>), then the text of
    /// <paramref name="generalKey"/>, then the question again. A topic that changed under the person restarts
    /// instead, since its new first question is the help they need.
    /// </summary>
    public async Task<DialogTurnResult> HelpAsync(ITurnContext turnContext, DialogStack stack, string generalKey, string noStepKey, CancellationToken cancellationToken)
    {
        var dc = CreateContext(turnContext, stack);
        if (await dc.RestartChangedDialogsAsync(cancellationToken) is { } restarted)
        {
            return await EnsureRootAsync(dc, restarted, cancellationToken);
        }

        var help = dc.ActiveHelpText() ?? Environment.Texts.Get(noStepKey, dc.ChannelId);
        await dc.SendAsync(Environment.Renderer.Text(dc.ChannelId, help + "\n\n" + Environment.Texts.Get(generalKey, dc.ChannelId)), cancellationToken);
        return await RepromptOrBeginRootAsync(dc, cancellationToken);
    }

    /// <summary>Asks the active dialog's question again, or begins the root when nothing is active.</summary>
    private async Task<DialogTurnResult> RepromptOrBeginRootAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null)
        {
            return await EnsureRootAsync(dc, new DialogTurnResult(DialogTurnStatus.Empty), cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> EnsureRootAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Waiting || dc.ActiveDialog is not null)
        {
            return result;
        }

        var again = await dc.BeginDialogAsync(RootDialogId, null, cancellationToken);
        return again.Status == DialogTurnStatus.Waiting ? again : throw new DialogDefinitionException($"The root dialog '{RootDialogId}' must wait for the person, and it ended at once.");
    }
}
