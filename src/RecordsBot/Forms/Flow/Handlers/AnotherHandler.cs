using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-another</c>: a letter for another provider with the same answers: forgets the provider (and the
/// earlier request of a follow-up or complaint), keeps the rest.</summary>
public sealed class AnotherHandler : IFlowHandler
{
    public const string HandlerName = "letter-another";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        LetterFlow.Remove(context.Values, [.. LetterValues.PerLetter, .. LetterValues.Transient]);
        return Task.FromResult<string?>(null);
    }
}
