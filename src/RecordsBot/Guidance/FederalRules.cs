namespace RecordsBot.Guidance;

/// <summary>HIPAA's floor, kept in the state-rules table under the code <c>US</c> so its numbers and sources are
/// content, not code.</summary>
public static class FederalRules
{
    public const string Code = "US";

    /// <summary>The federal deadline rule (30 days; <see cref="DeadlineRule.ExtendTo"/> 60 with written notice).</summary>
    public static DeadlineRule Deadline(KnowledgeBase knowledge) =>
        knowledge.RulesFor(Code)?.Deadlines.FirstOrDefault()
        ?? throw new InvalidOperationException($"{KnowledgeBase.StatesFile} has no '{Code}' entry with the federal deadline.");
}
