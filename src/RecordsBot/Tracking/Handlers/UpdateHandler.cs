using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;
using RecordsBot.Reminders;

namespace RecordsBot.Tracking.Handlers;

/// <summary>
/// <c>tracking-update</c>: applies what happened (<c>update</c>) to the request <c>requestId</c>, re-plans its
/// check-ins and says the result: <c>received-full</c>, <c>received-part</c>, <c>denied</c> (with where to complain),
/// <c>acknowledged</c>, <c>extended</c> (the new date from the rules, with its source and a calendar link),
/// <c>received-on</c> (the day in <c>receivedOn</c>: the due date counted again from it), <c>not-yet</c>, <c>nothing</c>.
/// Takes exit <c>gone</c> when the request was deleted meanwhile, and <c>overdue</c> when it is still open and late.
/// </summary>
public sealed class UpdateHandler : IFlowHandler
{
    public const string HandlerName = "tracking-update";
    private const string DeniedPassage = "complain-where";

    private readonly ITrackedRequests requests;
    private readonly DueDateFinder dueDates;
    private readonly TrackingMessages messages;
    private readonly ICheckInScheduler checkIns;
    private readonly Passage denied;

    public UpdateHandler(ITrackedRequests requests, DueDateFinder dueDates, TrackingMessages messages, ICheckInScheduler checkIns, KnowledgeBase knowledge)
    {
        this.requests = requests;
        this.dueDates = dueDates;
        this.messages = messages;
        this.checkIns = checkIns;
        denied = knowledge.Find(DeniedPassage) ?? throw new InvalidOperationException($"{KnowledgeBase.PassagesFile} has no passage '{DeniedPassage}', which tracking says when a request is denied.");
    }

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var person = TrackingFlow.Person(context);
        var today = TrackingFlow.Today(context);
        var request = TrackingFlow.Id(values.GetValueOrDefault(TrackingValues.RequestId)) is { } id
            ? await requests.FindAsync(person, id, cancellationToken)
            : null;
        if (request is null)
        {
            return "gone";
        }

        var update = values.GetValueOrDefault(TrackingValues.Update);
        var details = request.Details;
        DueDateReading? reading = null;
        switch (update)
        {
            case "received-full":
                details = details with { Status = RequestStatus.ReceivedInFull };
                break;
            case "received-part":
                details = details with { Status = RequestStatus.ReceivedInPart };
                break;
            case "denied":
                details = details with { Status = RequestStatus.Denied };
                break;
            case "acknowledged":
                details = details with { Status = RequestStatus.Acknowledged };
                break;
            case "extended":
                reading = dueDates.Find(details, today);
                details = details with { Status = RequestStatus.Extended, ExtendedTo = reading.ExtendedDue };
                break;
            case "received-on" when TrackingFlow.Date(values.GetValueOrDefault(TrackingValues.ReceivedOn)) is { } receivedOn:
                reading = dueDates.Find(details with { ReceivedOn = receivedOn }, today);
                details = details with { ReceivedOn = receivedOn, DueOn = reading.Due, ExtendedTo = null, Status = details.Status == RequestStatus.Extended ? RequestStatus.Acknowledged : details.Status };
                break;
        }

        var updated = details == request.Details ? request : await requests.UpdateAsync(person, request.Id, details, cancellationToken);
        if (updated is null)
        {
            return "gone";
        }

        await checkIns.PlanAsync(context.Dialog.Context, updated, cancellationToken);
        TrackingFlow.Use(context, updated);
        switch (update)
        {
            case "received-full":
                await context.SayAsync(TrackingTextKeys.UpdatedReceivedFull, cancellationToken);
                return null;
            case "received-part":
                await context.SayAsync(TrackingTextKeys.UpdatedReceivedPart, cancellationToken);
                return null;
            case "denied":
                await context.SayAsync(TrackingTextKeys.UpdatedDenied, cancellationToken);
                await PassageWriter.SayAsync(context.Dialog, [denied], cancellationToken);
                return null;
            case "acknowledged":
                await context.SayAsync(TrackingTextKeys.UpdatedAcknowledged, cancellationToken);
                break;
            case "extended" when reading is not null:
                await messages.SayExtendedAsync(context, updated, reading, cancellationToken);
                break;
            case "received-on" when reading is not null:
                await messages.SayDueAsync(context, updated, reading, cancellationToken);
                break;
            case "not-yet" when !TrackingFlow.IsOverdue(updated, today):
                await context.SayAsync(TrackingTextKeys.UpdatedNotYet, cancellationToken);
                return null;
            case "not-yet":
                break;
            default:
                await context.SayAsync(TrackingTextKeys.UpdatedNothing, cancellationToken);
                return null;
        }

        return TrackingFlow.IsOverdue(updated, today) ? "overdue" : null;
    }
}
