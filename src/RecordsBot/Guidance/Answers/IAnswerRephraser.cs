namespace RecordsBot.Guidance.Answers;

/// <summary>
/// Rewords retrieved passages into plainer words. It is given the passages and their citations only: never the
/// person's question or anything else they said, so no personal data leaves the app this way.
/// </summary>
public interface IAnswerRephraser
{
    /// <summary>The passages reworded, every citation kept word for word; null when that failed or was refused, so the
    /// passages are said as written.</summary>
    Task<string?> RephraseAsync(IReadOnlyList<Passage> passages, CancellationToken cancellationToken);
}
