using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;
using RecordsBot.Privacy;

namespace RecordsBot.Tracking;

/// <summary>The messages the tracking handlers compose from several texts: the list of requests, a due date with its
/// rule, source and calendar link, and the new date of an extension.</summary>
public sealed class TrackingMessages(PersonKeys keys, CalendarLinks links, Microsoft.Extensions.Options.IOptions<TrackingOptions> options)
{
    /// <summary>The person's requests, numbered, with status and due date; open ones past their date flagged.</summary>
    public Task SayListAsync(FlowHandlerContext context, IReadOnlyList<TrackedRequest> requests, CancellationToken cancellationToken)
    {
        var text = new TurnTexts(context.Dialog);
        var today = TrackingFlow.Today(context);
        var lines = requests.Select((request, i) =>
        {
            var number = TurnTexts.Number(i + 1);
            var status = text.Get(TrackingTextKeys.StatusKey(request.Details.Status));
            var key = !request.IsOpen || request.CurrentDueOn is null ? TrackingTextKeys.ListLineClosed
                : TrackingFlow.IsOverdue(request, today) ? TrackingTextKeys.ListLineLate
                : TrackingTextKeys.ListLine;
            return text.Get(key, ("number", number), ("provider", request.Details.ProviderName), ("status", status),
                ("due", request.CurrentDueOn is { } due ? TrackingFlow.Iso(due) : string.Empty));
        });
        return Send(context, text.Get(TrackingTextKeys.ListHeading) + "\n\n" + string.Join("\n", lines), cancellationToken);
    }

    /// <summary>The due date, the rule it comes from with its source, and a link to add it to a calendar.</summary>
    public async Task SayDueAsync(FlowHandlerContext context, TrackedRequest request, DueDateReading reading, CancellationToken cancellationToken)
    {
        var text = new TurnTexts(context.Dialog);
        var rule = reading.Counting.Rule;
        var count = text.Get(rule.Count == DayCount.Business ? GuidanceTextKeys.CountBusiness : GuidanceTextKeys.CountCalendar);
        var line = reading.IsFederal
            ? text.Get(TrackingTextKeys.DueFederal, ("provider", request.Details.ProviderName), ("due", TrackingFlow.Iso(reading.Due)), ("days", TurnTexts.Number(rule.Days)), ("count", count),
                ("startedOn", TrackingFlow.Iso(reading.Deadlines.StartedOn)), ("citation", rule.Citation))
            : text.Get(TrackingTextKeys.DueState, ("provider", request.Details.ProviderName), ("due", TrackingFlow.Iso(reading.Due)), ("stateName", reading.Deadlines.State?.Name ?? string.Empty),
                ("who", rule.Who), ("what", rule.What), ("days", TurnTexts.Number(rule.Days)), ("count", count), ("from", rule.From),
                ("startedOn", TrackingFlow.Iso(reading.Deadlines.StartedOn)), ("citation", rule.Citation));
        if (rule.Unsure)
        {
            line += text.Get(GuidanceTextKeys.Unsure);
        }

        line += reading.From switch
        {
            DueStart.Sent => text.Get(TrackingTextKeys.DueFromSent),
            DueStart.Today => text.Get(TrackingTextKeys.DueFromToday),
            _ => string.Empty,
        };
        await Send(context, line + "\n\n" + await CalendarLineAsync(context, request, reading.Due, cancellationToken), cancellationToken);
    }

    /// <summary>The date with the extension the rules allow, with its source, and a calendar link for it.</summary>
    public async Task SayExtendedAsync(FlowHandlerContext context, TrackedRequest request, DueDateReading reading, CancellationToken cancellationToken)
    {
        var text = new TurnTexts(context.Dialog);
        var rule = reading.Extension.Rule;
        var count = text.Get(rule.Count == DayCount.Business ? GuidanceTextKeys.CountBusiness : GuidanceTextKeys.CountCalendar);
        var line = text.Get(TrackingTextKeys.Extended, ("provider", request.Details.ProviderName), ("due", TrackingFlow.Iso(reading.ExtendedDue)),
            ("days", TurnTexts.Number(rule.ExtendTo ?? rule.Days)), ("count", count), ("startedOn", TrackingFlow.Iso(reading.Deadlines.StartedOn)), ("citation", rule.Citation));
        await Send(context, line + "\n\n" + await CalendarLineAsync(context, request, reading.ExtendedDue, cancellationToken), cancellationToken);
    }

    private async Task<string> CalendarLineAsync(FlowHandlerContext context, TrackedRequest request, DateOnly due, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(TrackingFlow.Person(context), cancellationToken);
        var url = await links.LinkAsync(owner, request.Id, cancellationToken);
        var days = ((int)Math.Ceiling(options.Value.CalendarLinkLifetime.TotalDays)).ToString(CultureInfo.InvariantCulture);
        return new TurnTexts(context.Dialog).Get(TrackingTextKeys.Calendar, ("due", TrackingFlow.Iso(due)), ("url", url), ("days", days));
    }

    private static Task Send(FlowHandlerContext context, string message, CancellationToken cancellationToken) =>
        context.Dialog.SendAsync(context.Dialog.Environment.Renderer.Text(context.ChannelId, message), cancellationToken);
}
