namespace RecordsBot.Dialogs.Flows;

/// <summary>What a handler sees: the turn's dialog context and the flow's values, which it may read and set.</summary>
public sealed class FlowHandlerContext(DialogContext dialogContext, Dictionary<string, string> values)
{
    public DialogContext Dialog { get; } = dialogContext;

    public Dictionary<string, string> Values { get; } = values;

    public string? ChannelId => Dialog.ChannelId;

    /// <summary>Says the text of <paramref name="key"/>, with {placeholders} from the flow's values.</summary>
    public Task SayAsync(string key, CancellationToken cancellationToken) => Dialog.SayAsync(key, Values, cancellationToken);
}
