namespace RecordsBot.Guidance;

/// <summary>
/// The dates a provider must act by for a request that started on <see cref="StartedOn"/> (the day the provider got
/// it, or the best day known): HIPAA's (the table's <c>US</c> entry) and each of the state's own, counted in calendar
/// or business days (<see cref="DueDates"/>). Shared by the <c>fees-deadline</c> handler, which says them all, and
/// request tracking, which keeps the one that counts.
/// </summary>
public sealed record RequestDeadlines(DateOnly StartedOn, StateRules? State, DeadlineDate Federal, IReadOnlyList<DeadlineDate> StateDates)
{
    /// <summary>The states table's word for a deadline that is about looking at records, not getting copies.</summary>
    private const string InspectionOnly = "inspection";

    /// <summary>The dates for <paramref name="stateCode"/> (null, <c>US</c> or a state without rules: HIPAA's only).</summary>
    public static RequestDeadlines Work(KnowledgeBase knowledge, string? stateCode, DateOnly startedOn)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var state = stateCode is null or FederalRules.Code ? null : knowledge.RulesFor(stateCode);
        return new RequestDeadlines(
            startedOn,
            state,
            Date(FederalRules.Deadline(knowledge), startedOn),
            (state?.Deadlines ?? []).Select(rule => Date(rule, startedOn)).ToList());
    }

    /// <summary>
    /// The date a request for copies to a provider of <paramref name="providerGroup"/> (a group of provider-kinds.yaml;
    /// null when not known) is due: the earliest of HIPAA's and the state's deadlines for copies that are about such a
    /// provider (a stricter state law applies on top of HIPAA's; one the sources are unsure of counts too, and says so
    /// through <see cref="DeadlineRule.Unsure"/>). A state deadline for inspection only, or only about other kinds of
    /// provider (a hospitals-only law for a lab), does not move it.
    /// </summary>
    public DeadlineDate ForCopies(string? providerGroup) =>
        StateDates.Where(d => !d.Rule.What.Equals(InspectionOnly, StringComparison.OrdinalIgnoreCase) && d.Rule.AppliesTo(providerGroup))
            .Prepend(Federal)
            .OrderBy(d => d.Due)
            .First();

    private static DeadlineDate Date(DeadlineRule rule, DateOnly startedOn) =>
        new(rule, DueDates.Add(startedOn, rule.Days, rule.Count), rule.ExtendTo is { } extendTo ? DueDates.Add(startedOn, extendTo, rule.Count) : null);
}
