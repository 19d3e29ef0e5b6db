using RecordsBot.Guidance;
using RecordsBot.Providers;

namespace RecordsBot.Tracking;

/// <summary>
/// A tracked request's due date from the guidance rules (<see cref="RequestDeadlines"/>): counted from the day the
/// provider got the request, else the day it was sent, else today; the earliest of HIPAA's and the state's deadlines
/// for copies that are about the provider's kind, read from its name ("Mercy Hospital"; a name that says no kind gets
/// only the rules for every provider). Its extension is the counting rule's own, else HIPAA's.
/// </summary>
public sealed class DueDateFinder(KnowledgeBase knowledge, ProviderKindReader kinds)
{
    public DueDateReading Find(TrackedRequestDetails details, DateOnly today)
    {
        var (start, from) = details.ReceivedOn is { } received ? (received, DueStart.Received)
            : details.SentOn is { } sent ? (sent, DueStart.Sent)
            : (today, DueStart.Today);
        var deadlines = RequestDeadlines.Work(knowledge, details.ProviderState, start);
        var counting = deadlines.ForCopies(kinds.GroupIn(details.ProviderName));
        var extension = counting.ExtendedDue is not null ? counting : deadlines.Federal;
        return new DueDateReading(deadlines, counting, extension, from);
    }
}
