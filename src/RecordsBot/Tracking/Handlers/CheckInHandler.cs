using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-checkin</c>: loads the request a check-in is about (<c>requestId</c>) into <c>provider</c>,
/// <c>status</c> and <c>dueOn</c>; takes exit <c>gone</c> when it was deleted meanwhile, and <c>closed</c> when its
/// records already came or it was denied.</summary>
public sealed class CheckInHandler(ITrackedRequests requests) : IFlowHandler
{
    public const string HandlerName = "tracking-checkin";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var request = TrackingFlow.Id(context.Values.GetValueOrDefault(TrackingValues.RequestId)) is { } id
            ? await requests.FindAsync(TrackingFlow.Person(context), id, cancellationToken)
            : null;
        if (request is null)
        {
            return "gone";
        }

        TrackingFlow.Use(context, request);
        return request.IsOpen ? null : "closed";
    }
}
