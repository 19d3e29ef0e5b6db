using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-parts</c>: the parts named in <c>partsReply</c> (checked by letter-parts) become <c>recordParts</c>.</summary>
public sealed class PartsHandler : IFlowHandler
{
    public const string HandlerName = "letter-parts";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.Remove(LetterValues.PartsReply, out var reply)
            && LetterPartsReader.Read(context.Dialog.Environment.Texts, context.ChannelId, reply) is { Count: > 0 } parts)
        {
            values[LetterValues.RecordParts] = LetterRequestMapper.Store(parts);
        }

        return Task.FromResult<string?>(null);
    }
}
