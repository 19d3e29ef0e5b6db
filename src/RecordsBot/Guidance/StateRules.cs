namespace RecordsBot.Guidance;

/// <summary>What one state's law adds to HIPAA's floor, from <c>dialogs/knowledge/states.yaml</c>.</summary>
public sealed record StateRules(
    string Code,
    string Name,
    IReadOnlyList<DeadlineRule> Deadlines,
    IReadOnlyList<FeeSchedule> Fees,
    bool HipaaGoverns);
