namespace RecordsBot.Guidance.Answers;

/// <summary>One passage found for a question: Lucene's score, and the share of the question's content words it covers
/// (weighted by how rare each word is among the passages; see <see cref="PassageSearch"/>).</summary>
public sealed record PassageHit(Passage Passage, double Score, double Coverage);
