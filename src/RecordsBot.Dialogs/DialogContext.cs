using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs;

/// <summary>
/// One turn's view of a dialog stack: begin, continue, resume (through end), replace, cancel all, reprompt.
/// The last frame of <see cref="Stack"/> is the active dialog. A context inside a <see cref="ComponentDialog"/> has
/// the outer context as its parent and finds dialogs in its own set first, then in its parents'.
/// </summary>
public sealed class DialogContext
{
    /// <summary>Most dialogs a stack may hold: real conversations stay under ten; more means a flow begins itself.</summary>
    public const int MaxDepth = 40;

    private string? pendingInput;
    private string? openingWords;

    internal DialogContext(DialogSet dialogs, ITurnContext context, List<DialogInstance> stack, DialogEnvironment environment, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = context;
        Stack = stack;
        Environment = environment;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public List<DialogInstance> Stack { get; }

    public DialogEnvironment Environment { get; }

    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count == 0 ? null : Stack[^1];

    public string? ChannelId => Context.Activity.ChannelId;

    /// <summary>
    /// A message that arrived while no dialog was active: the first prompt of the dialog begun for it may answer from it
    /// instead of asking (so "how much can they charge" at the start goes straight to the topic). Taken once.
    /// </summary>
    public string? PendingInput
    {
        get => Parent is null ? pendingInput : Parent.PendingInput;
        set
        {
            if (Parent is null)
            {
                pendingInput = value;
            }
            else
            {
                Parent.PendingInput = value;
            }
        }
    }

    public string? TakePendingInput()
    {
        var input = PendingInput;
        PendingInput = null;
        return input;
    }

    /// <summary>
    /// The words that just opened a topic in free phrasing ("my mom died, can I get her records"), while that topic
    /// begins: its first choice or state question may take them as its answer when they name one outright (so the
    /// person is not asked what they already said). Taken once; gone when the topic has begun.
    /// </summary>
    public string? OpeningWords
    {
        get => Parent is null ? openingWords : Parent.OpeningWords;
        set
        {
            if (Parent is null)
            {
                openingWords = value;
            }
            else
            {
                Parent.OpeningWords = value;
            }
        }
    }

    public string? TakeOpeningWords()
    {
        var words = OpeningWords;
        OpeningWords = null;
        return words;
    }

    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, DialogArgs? args, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId) ?? throw new DialogDefinitionException($"No dialog '{dialogId}' is registered.");
        if (Stack.Count >= MaxDepth)
        {
            throw new DialogDefinitionException($"Beginning '{dialogId}' would put more than {MaxDepth} dialogs on the stack; a flow begins itself without end.");
        }

        Stack.Add(new DialogInstance { Id = dialogId, Version = dialog.Version });
        return await dialog.BeginDialogAsync(this, args, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string promptDialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(promptDialogId, new DialogArgs(Prompt: options), cancellationToken);

    /// <summary>Hands the message to the active dialog; Empty when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await Active(instance).ContinueDialogAsync(this, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(string? value, CancellationToken cancellationToken) =>
        EndDialogAsync(DialogResult.Completed(value), cancellationToken);

    /// <summary>Pops the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(DialogResult result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result.Value);
        }

        return await Active(parent).ResumeDialogAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the one below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, DialogArgs? args, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        return await BeginDialogAsync(dialogId, args, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var had = Stack.Count > 0;
        Stack.Clear();
        return Task.FromResult(new DialogTurnResult(had ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty));
    }

    /// <summary>
    /// Drops every frame below the active dialog, so that when it ends the stack is empty and nothing asked before is
    /// asked again (after erasing a person's data, the questions below hold what they answered).
    /// </summary>
    public void DropDialogsBelow()
    {
        if (Stack.Count > 1)
        {
            Stack.RemoveRange(0, Stack.Count - 1);
        }
    }

    /// <summary>Asks the active dialog to say again what it waits for.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is not null)
        {
            await Active(instance).RepromptDialogAsync(this, instance, cancellationToken);
        }
    }

    /// <summary>What the active dialog (the innermost, through components) expects now, as a string key, or null.</summary>
    public string? ActiveHelpKey()
    {
        var instance = ActiveDialog;
        return instance is null ? null : Active(instance).HelpKey(this, instance);
    }

    /// <summary>What the active dialog expects now, as text with the question's own {placeholders} filled, or null.</summary>
    public string? ActiveHelpText()
    {
        if (ActiveHelpKey() is not { } key)
        {
            return null;
        }

        var innermost = ActiveDialog!;
        while (innermost.Inner is { Count: > 0 } inner)
        {
            innermost = inner[^1];
        }

        return Environment.Texts.Get(key, ChannelId, innermost.Prompt?.Options.Args);
    }

    /// <summary>
    /// Finds the first frame (from the bottom) whose dialog is gone or does not accept it any more (see
    /// <see cref="Dialog.Accepts"/>), drops it and all frames above it, and tells the person. A dialog that still exists
    /// begins again in the same place (the topic starts again, with the inputs it was begun with); one that is gone
    /// hands back to the dialog below with <see cref="DialogResult.Restarted"/>. Null when every frame is current.
    /// </summary>
    public async Task<DialogTurnResult?> RestartChangedDialogsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < Stack.Count; i++)
        {
            var frame = Stack[i];
            var dialog = FindDialog(frame.Id);
            var topicAbove = Stack.Skip(i + 1).Any(f => FindDialog(f.Id) is not Prompt);
            if (dialog is not null && dialog.Accepts(frame, topicAbove))
            {
                frame.Version = dialog.Version;
                continue;
            }

            Stack.RemoveRange(i, Stack.Count - i);
            if (dialog is not null)
            {
                if (dialog.TitleKey is { } titleKey)
                {
                    var topic = new Dictionary<string, string> { ["topic"] = Environment.Texts.Get(titleKey, ChannelId) };
                    await SayAsync(dialog.RestartedKey ?? EngineTextKeys.DialogRestarted, topic, cancellationToken);
                }
                else
                {
                    await SayAsync(EngineTextKeys.DialogRestartedUntitled, null, cancellationToken);
                }

                return await BeginDialogAsync(frame.Id, dialog.RestartArgs(frame), cancellationToken);
            }

            await SayAsync(EngineTextKeys.DialogChanged, null, cancellationToken);
            return i == 0
                ? new DialogTurnResult(DialogTurnStatus.Empty)
                : await Active(Stack[^1]).ResumeDialogAsync(this, DialogResult.Restarted, cancellationToken);
        }

        return null;
    }

    /// <summary>Says the text of <paramref name="key"/>, with {placeholders} from <paramref name="values"/>, as this channel reads best.</summary>
    public Task SayAsync(string key, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        SendAsync(Environment.Renderer.Text(ChannelId, Environment.Texts.Get(key, ChannelId, values)), cancellationToken);

    public async Task SendAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count > 0)
        {
            await Context.SendActivitiesAsync(activities.ToArray(), cancellationToken);
        }
    }

    private Dialog Active(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new DialogDefinitionException($"The stack holds dialog '{instance.Id}', which is not registered.");
}
