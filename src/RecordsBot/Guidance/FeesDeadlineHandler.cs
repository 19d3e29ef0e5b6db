using System.Globalization;
using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Guidance;

/// <summary>
/// The <c>fees-deadline</c> handler: the dates a provider must act by, counted from the day it received the request
/// (<c>receivedOn</c>), else the day it was sent (<c>sentOn</c>, said as such), else today: HIPAA's 30 days, its one
/// extension, and each of the state's own deadlines (calendar or business days). Every line carries its source; then
/// the passages that explain the clock and the state's rules. Sets <c>startedOn</c> and <c>federalDue</c>.
/// </summary>
public sealed class FeesDeadlineHandler(KnowledgeBase knowledge) : IFlowHandler
{
    public string Name => "fees-deadline";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var dc = context.Dialog;
        var values = context.Values;
        var today = dc.Environment.TodayFor(dc.Context);
        var (startedOn, headerKey) = StartOf(values, today);
        var code = values.GetValueOrDefault("state") ?? string.Empty;
        var stateName = values.GetValueOrDefault("stateName") ?? code;
        var deadlines = RequestDeadlines.Work(knowledge, code, startedOn);
        var state = deadlines.State;
        var federal = deadlines.Federal;
        var federalDue = federal.Due;
        values["startedOn"] = Iso(startedOn);
        values["federalDue"] = Iso(federalDue);

        var text = new TurnTexts(dc);
        var lines = new List<string>
        {
            text.Get(headerKey, ("startedOn", Iso(startedOn))),
            text.Get(GuidanceTextKeys.DueFederal, ("due", Iso(federalDue)), ("days", TurnTexts.Number(federal.Rule.Days)), ("citation", federal.Rule.Citation)),
        };
        if (federal.ExtendedDue is { } federalExtended)
        {
            lines.Add(text.Get(GuidanceTextKeys.DueExtension, ("due", Iso(federalExtended)), ("days", TurnTexts.Number(federal.Rule.Days)), ("citation", federal.Rule.Citation)));
        }

        var stateLate = false;
        foreach (var (rule, due, extendedDue) in deadlines.StateDates)
        {
            stateLate |= due < today;
            var count = text.Get(rule.Count == DayCount.Business ? GuidanceTextKeys.CountBusiness : GuidanceTextKeys.CountCalendar);
            var line = text.Get(GuidanceTextKeys.DueState,
                ("stateName", stateName), ("who", rule.Who), ("what", rule.What), ("days", TurnTexts.Number(rule.Days)), ("count", count),
                ("from", rule.From), ("due", Iso(due)), ("citation", rule.Citation));
            if (rule.ExtendTo is { } stateExtendTo && extendedDue is { } stateExtended)
            {
                line += text.Get(GuidanceTextKeys.DueStateExtended, ("extendTo", TurnTexts.Number(stateExtendTo)), ("count", count), ("extendedDue", Iso(stateExtended)));
            }

            if (rule.Unsure)
            {
                line += text.Get(GuidanceTextKeys.Unsure);
            }

            lines.Add(line);
        }

        var counted = headerKey != GuidanceTextKeys.DueFromToday;
        var notes = new List<string>();
        if (state is { Deadlines.Count: > 0 })
        {
            notes.Add(text.Get(GuidanceTextKeys.DueEarliest));
        }

        if (counted && federalDue < today)
        {
            notes.Add(text.Get(GuidanceTextKeys.DueLate));
        }
        else if (counted && stateLate)
        {
            notes.Add(text.Get(GuidanceTextKeys.DueLateStateOnly, ("stateName", stateName)));
        }

        var message = string.Join("\n", lines) + (notes.Count > 0 ? "\n\n" + string.Join(" ", notes) : string.Empty);
        await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, message), cancellationToken);

        // The why behind the dates: the clock starts on receipt, and how business days count. A state's own deadline
        // passages are said only when it has no numeric deadline (they explain why HIPAA's date is the one): otherwise
        // they would repeat the lines above, which carry the same sources.
        var passages = new List<Passage>();
        if (values.GetValueOrDefault("sent") != "received")
        {
            passages.AddRange(knowledge.About("deadlines.received"));
        }

        if (state?.Deadlines.Any(r => r.Count == DayCount.Business) == true)
        {
            passages.AddRange(knowledge.About("deadlines.business-days"));
        }

        if (state is { Deadlines.Count: 0 })
        {
            passages.AddRange(knowledge.StateOwn(state.Code, "deadlines.state"));
        }

        await PassageWriter.SayAsync(dc, passages.Distinct().ToList(), cancellationToken);
        return null;
    }

    private static (DateOnly Start, string HeaderKey) StartOf(Dictionary<string, string> values, DateOnly today)
    {
        if (values.GetValueOrDefault("sent") == "received" && Date(values.GetValueOrDefault("receivedOn")) is { } received)
        {
            return (received, GuidanceTextKeys.DueFromReceived);
        }

        if (values.GetValueOrDefault("sent") == "sent" && Date(values.GetValueOrDefault("sentOn")) is { } sent)
        {
            return (sent, GuidanceTextKeys.DueFromSent);
        }

        return (today, GuidanceTextKeys.DueFromToday);
    }

    private static DateOnly? Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
