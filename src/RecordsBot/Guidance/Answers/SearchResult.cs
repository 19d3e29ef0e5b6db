namespace RecordsBot.Guidance.Answers;

/// <summary>The decision on a question: the outcome, the passages to say (one or two, only when answered) and the best
/// passages considered, best first (for tests and tuning).</summary>
public sealed record SearchResult(SearchOutcome Outcome, IReadOnlyList<Passage> Answer, IReadOnlyList<PassageHit> Ranked)
{
    public static SearchResult NothingToLookUp { get; } = new(SearchOutcome.NothingToLookUp, [], []);
}
