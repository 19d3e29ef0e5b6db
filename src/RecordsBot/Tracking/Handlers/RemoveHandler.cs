using RecordsBot.Dialogs.Flows;
using RecordsBot.Reminders;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-remove</c>: deletes the tracked request <c>requestId</c> and its pending check-ins; takes exit
/// <c>gone</c> when it was deleted meanwhile.</summary>
public sealed class RemoveHandler(ITrackedRequests requests, ICheckInScheduler checkIns) : IFlowHandler
{
    public const string HandlerName = "tracking-remove";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        if (TrackingFlow.Id(context.Values.GetValueOrDefault(TrackingValues.RequestId)) is not { } id
            || !await requests.RemoveAsync(TrackingFlow.Person(context), id, cancellationToken))
        {
            return "gone";
        }

        await checkIns.CancelAsync(context.Dialog.Context, id, cancellationToken);
        return null;
    }
}
