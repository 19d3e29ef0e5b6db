using Microsoft.Extensions.Options;
using RecordsBot.Tracking;

namespace RecordsBot.Reminders;

/// <summary>
/// The check-ins of one request, from its current due date and status: some days before the due date, on it, some
/// days after it while the records have not come (then every few days, bounded), and one "late" check-in before the
/// complaint window counted from the due date closes. Each at the check-in time on the person's clocks, moved out of
/// quiet hours; only those still ahead. A closed request, a draft not sent yet, or one with no due date has none.
/// </summary>
public sealed class CheckInPlanner(IOptions<RemindersOptions> options)
{
    public IReadOnlyList<PlannedCheckIn> Plan(TrackedRequest request, TimeZoneInfo zone, DateTime nowUtc)
    {
        if (!request.IsOpen || request.Details.Status == RequestStatus.Drafted || request.CurrentDueOn is not { } due)
        {
            return [];
        }

        var o = options.Value;
        var dates = new List<(DateOnly Date, string Kind)>();
        foreach (var days in o.BeforeDays())
        {
            dates.Add((due.AddDays(-days), CheckInKinds.Before));
        }

        dates.Add((due, CheckInKinds.Due));

        var late = due.AddDays(o.ComplaintWindowDays - o.LateLeadDays);
        var after = new List<DateOnly>();
        foreach (var days in o.AfterDays())
        {
            after.Add(due.AddDays(days));
        }

        if (o.RepeatEveryDays > 0)
        {
            var next = (after.Count > 0 ? after[^1] : due).AddDays(o.RepeatEveryDays);
            while (after.Count < o.MaxAfterDue && next < late)
            {
                after.Add(next);
                next = next.AddDays(o.RepeatEveryDays);
            }
        }

        dates.AddRange(after.Where(d => d < late).Take(o.MaxAfterDue).Select(d => (d, CheckInKinds.Overdue)));
        if (late > due)
        {
            dates.Add((late, CheckInKinds.Late));
        }

        var planned = new List<PlannedCheckIn>();
        foreach (var (date, kind) in dates.DistinctBy(d => d.Date).OrderBy(d => d.Date))
        {
            var at = LocalTimes.OutsideQuietHours(LocalTimes.ToUtc(date, o.CheckInTime, zone), zone, o.QuietHoursStart, o.QuietHoursEnd);
            if (at > nowUtc)
            {
                planned.Add(new PlannedCheckIn(kind, at));
            }
        }

        return planned;
    }
}
