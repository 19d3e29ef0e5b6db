using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-pick</c>: the tracked request at place <c>number</c> of the list shown, into <c>requestId</c>,
/// <c>provider</c>, <c>status</c> and <c>dueOn</c>; takes exit <c>gone</c> when there is no such place any more.</summary>
public sealed class PickHandler(ITrackedRequests requests) : IFlowHandler
{
    public const string HandlerName = "tracking-pick";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var list = await requests.ListAsync(TrackingFlow.Person(context), cancellationToken);
        if (TrackingFlow.Place(context.Values.GetValueOrDefault(TrackingValues.Number), list.Count) is not { } place)
        {
            return "gone";
        }

        TrackingFlow.Use(context, list[place - 1]);
        return null;
    }
}
