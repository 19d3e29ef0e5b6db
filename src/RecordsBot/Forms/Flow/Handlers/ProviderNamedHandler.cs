using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-provider-named</c>: a provider typed in is not on the saved list; when it replaces another one
/// (a different name), that one's address and state are asked again.</summary>
public sealed class ProviderNamedHandler : IFlowHandler
{
    public const string HandlerName = "letter-provider-named";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        values.Remove(LetterValues.ProviderWas, out var was);
        var name = values.GetValueOrDefault(LetterValues.ProviderName) ?? string.Empty;
        if (values.Remove(LetterValues.ProviderId) || (was is not null && TextNormalizer.Normalize(was) != TextNormalizer.Normalize(name)))
        {
            LetterFlow.Remove(values, LetterValues.ProviderAddress, LetterValues.ProviderState);
        }

        return Task.FromResult<string?>(null);
    }
}
