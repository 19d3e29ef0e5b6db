namespace RecordsBot.Reminders;

/// <summary>
/// What a snooze does to a request's check-ins: none goes before the snooze ends; when that would leave the request
/// with no check-in at all, the latest one held back comes right when the snooze ends instead.
/// </summary>
public static class Snooze
{
    public static List<PlannedCheckIn> Apply(IReadOnlyList<PlannedCheckIn> planned, DateTime untilUtc)
    {
        var kept = planned.Where(p => p.DueUtc >= untilUtc).ToList();
        var held = planned.Where(p => p.DueUtc < untilUtc).OrderBy(p => p.DueUtc).LastOrDefault();
        if (kept.Count == 0 && held is not null)
        {
            kept.Add(held with { DueUtc = untilUtc });
        }

        return kept;
    }
}
