namespace RecordsBot.Guidance;

/// <summary>How days are counted: every day, or only weekdays that are not US federal holidays.</summary>
public enum DayCount
{
    Calendar,
    Business,
}

/// <summary>A numeric deadline in a state's law: "Doctors: copies within 15 business days of the written request".
/// <see cref="Kinds"/> are the groups of provider-kinds.yaml the law is about (empty: every provider), so a request
/// to a lab is not given a hospitals-only date; <see cref="Line"/> is the rule's line in states.yaml.</summary>
public sealed record DeadlineRule(
    string Who,
    string What,
    int Days,
    DayCount Count,
    string From,
    int? ExtendTo,
    string Citation,
    bool Unsure)
{
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public int Line { get; init; }

    /// <summary>Whether the rule is about a provider of <paramref name="group"/> (null: a provider of unknown kind,
    /// which only rules for every provider are sure to be about).</summary>
    public bool AppliesTo(string? group) => Kinds.Count == 0 || (group is not null && Kinds.Contains(group, StringComparer.Ordinal));
}
