using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary><c>providers-more</c>: after a provider is added in the walk, sets <c>question</c> to its group's "any
/// other?"; a group with several kinds takes the exit named like the group (its choice of kinds, with none).</summary>
public sealed class MoreHandler(ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-more";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        ProviderFlow.ForgetProvider(context);
        var kind = kinds.Kind(context.Values.GetValueOrDefault(ProviderValues.Kind));
        var group = kind is null ? kinds.Group(context.Values.GetValueOrDefault(ProviderValues.Group)) : kinds.GroupOf(kind);
        if (group is null)
        {
            // The kinds file changed under the person: go on with the walk where it is.
            return Task.FromResult<string?>(null);
        }

        context.Values[ProviderValues.Question] = ProviderFlow.Text(context, group.MoreKey);
        if (group.AsksWhichKind)
        {
            context.Values.Remove(ProviderValues.Kind);
            return Task.FromResult<string?>(group.Id);
        }

        ProviderFlow.UseKind(context, kinds, group.Kinds[0]);
        return Task.FromResult<string?>(null);
    }
}
