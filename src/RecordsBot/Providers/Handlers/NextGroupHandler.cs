using RecordsBot.Bot;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Providers.Handlers;

/// <summary>
/// <c>providers-next-group</c>: moves the walk to its next group (provider-kinds.yaml) and sets <c>question</c>: the
/// group's ask, or, when the list already has some of its kinds, providers.walk.already and the group's more. A group
/// with one kind sets that kind and goes on (a yes/no question); a group with several takes the exit named like the
/// group (a choice of its kinds). Takes exit <c>finished</c> after the last group.
/// </summary>
public sealed class NextGroupHandler(IProviderList providers, ProviderKinds kinds) : IFlowHandler
{
    public const string HandlerName = "providers-next-group";
    public const string Finished = "finished";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        ProviderFlow.ForgetProvider(context);
        var group = kinds.After(context.Values.GetValueOrDefault(ProviderValues.Group));
        if (group is null)
        {
            context.Values.Remove(ProviderValues.Group);
            return Finished;
        }

        context.Values[ProviderValues.Group] = group.Id;
        var already = (await providers.ListAsync(ProviderFlow.Person(context), cancellationToken))
            .Where(p => group.Kinds.Any(k => k.Id == p.Kind))
            .Select(p => p.Name)
            .ToList();
        if (already.Count > 0)
        {
            await context.Dialog.SayAsync(TextKeys.ProvidersWalkAlready, new Dictionary<string, string> { ["names"] = string.Join(", ", already) }, cancellationToken);
        }

        context.Values[ProviderValues.Question] = ProviderFlow.Text(context, already.Count > 0 ? group.MoreKey : group.AskKey);
        if (group.AsksWhichKind)
        {
            context.Values.Remove(ProviderValues.Kind);
            return group.Id;
        }

        ProviderFlow.UseKind(context, kinds, group.Kinds[0]);
        return null;
    }
}
