using Microsoft.Bot.Builder;

namespace RecordsBot.Dialogs;

/// <summary>The dialogs a stack may hold, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string id) => dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> All => dialogs.Values;

    public DialogContext CreateContext(ITurnContext turnContext, DialogStack stack, DialogEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new DialogContext(this, turnContext, stack.Frames, environment, null);
    }

    internal DialogContext CreateChildContext(DialogContext parent, List<DialogInstance> stack) =>
        new(this, parent.Context, stack, parent.Environment, parent);
}
