using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Reminders;

namespace RecordsBot.Tracking.Handlers;

/// <summary>
/// <c>tracking-save</c>: tracks the request in progress (<c>provider</c>, <c>providerId</c>, <c>providerState</c>,
/// <c>method</c>, <c>status</c>, <c>sentOn</c>, <c>receivedOn</c>) with its due date from the guidance rules, plans its
/// check-ins, and says the due date with its source and a calendar link. Sets <c>requestId</c>, <c>dueOn</c>,
/// <c>first</c> (yes for the person's first request) and <c>entry</c> (opt-in). Takes exit <c>overdue</c> when the due
/// date has already passed, and <c>closed</c> (saying nothing) for a request already answered.
/// </summary>
public sealed class SaveHandler(ITrackedRequests requests, DueDateFinder dueDates, TrackingMessages messages, ICheckInScheduler checkIns) : IFlowHandler
{
    public const string HandlerName = "tracking-save";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var person = TrackingFlow.Person(context);
        var today = TrackingFlow.Today(context);
        var first = (await requests.ListAsync(person, cancellationToken)).Count == 0;
        var details = new TrackedRequestDetails(
            TrackingFlow.Id(values.GetValueOrDefault(TrackingValues.ProviderId)),
            values.GetValueOrDefault(TrackingValues.Provider) ?? string.Empty,
            values.GetValueOrDefault(TrackingValues.ProviderState),
            TrackingFlow.Method(values.GetValueOrDefault(TrackingValues.Method)),
            TrackingFlow.Status(values.GetValueOrDefault(TrackingValues.Status)) ?? RequestStatus.Sent,
            TrackingFlow.Date(values.GetValueOrDefault(TrackingValues.SentOn)),
            TrackingFlow.Date(values.GetValueOrDefault(TrackingValues.ReceivedOn)),
            null,
            null);
        var reading = dueDates.Find(details, today);
        var request = await requests.AddAsync(person, details with { DueOn = reading.Due }, cancellationToken);
        await checkIns.PlanAsync(context.Dialog.Context, request, cancellationToken);

        TrackingFlow.Use(context, request);
        values[TrackingValues.First] = first ? "yes" : "no";
        values[TrackingValues.Entry] = "opt-in";
        if (!request.IsOpen)
        {
            return "closed";
        }

        await messages.SayDueAsync(context, request, reading, cancellationToken);
        return TrackingFlow.IsOverdue(request, today) ? "overdue" : null;
    }
}
