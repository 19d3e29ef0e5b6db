namespace RecordsBot.Guidance;

/// <summary>One deadline rule worked out for a request: the day it falls on, and the day its extension would (when the
/// rule allows one, with written notice).</summary>
public sealed record DeadlineDate(DeadlineRule Rule, DateOnly Due, DateOnly? ExtendedDue);
