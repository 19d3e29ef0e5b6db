using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-review</c>: the reply at the summary (<c>review</c>, checked by letter-review): exit <c>write</c>,
/// or exit <c>change</c> with the field to ask again in <c>editing</c>.</summary>
public sealed class ReviewHandler : IFlowHandler
{
    public const string HandlerName = "letter-review";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        values.Remove(LetterValues.Review, out var reply);
        var read = reply is null ? null : LetterReview.Read(context.Dialog.Environment, context.ChannelId, values, reply);
        if (read == LetterReview.Write)
        {
            return Task.FromResult<string?>("write");
        }

        if (read == LetterFields.Provider && values.GetValueOrDefault(LetterValues.ProviderName) is { } was)
        {
            values[LetterValues.ProviderWas] = was;
        }

        if (read is not null)
        {
            values[LetterValues.Editing] = read;
        }

        return Task.FromResult<string?>("change");
    }
}
