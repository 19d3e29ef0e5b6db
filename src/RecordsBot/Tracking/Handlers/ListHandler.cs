using System.Globalization;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-list</c>: says the person's tracked requests (numbered, with status and due date, overdue ones
/// flagged) and sets <c>count</c>; takes exit <c>empty</c>, saying nothing, when there are none.</summary>
public sealed class ListHandler(ITrackedRequests requests, TrackingMessages messages) : IFlowHandler
{
    public const string HandlerName = "tracking-list";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var list = await requests.ListAsync(TrackingFlow.Person(context), cancellationToken);
        context.Values[TrackingValues.Count] = list.Count.ToString(CultureInfo.InvariantCulture);
        if (list.Count == 0)
        {
            return "empty";
        }

        await messages.SayListAsync(context, list, cancellationToken);
        return null;
    }
}
