using RecordsBot.Guidance;

namespace RecordsBot.Tracking;

/// <summary>What <see cref="DueDateFinder"/> found: all the request's deadlines, the one that counts, the one whose
/// extension applies, and the day counted from.</summary>
public sealed record DueDateReading(RequestDeadlines Deadlines, DeadlineDate Counting, DeadlineDate Extension, DueStart From)
{
    public DateOnly Due => Counting.Due;

    /// <summary>The date with the extension the law allows (written notice needed).</summary>
    public DateOnly ExtendedDue => Extension.ExtendedDue ?? Extension.Due;

    public bool IsFederal => ReferenceEquals(Counting, Deadlines.Federal);
}
