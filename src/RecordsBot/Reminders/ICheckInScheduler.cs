using Microsoft.Bot.Builder;
using RecordsBot.Tracking;

namespace RecordsBot.Reminders;

/// <summary>
/// Plans the check-ins of tracked requests. The tracking conversation calls it in the turn where a request was added,
/// changed or removed; the turn gives the conversation to write into later (its ConversationReference), the person and
/// their time zone. Whether anything is sent follows the person's check-in settings (opt-in, channel, snooze, stop).
/// </summary>
public interface ICheckInScheduler
{
    /// <summary>(Re)plans the request's future check-ins from its current due date and status; a closed request's
    /// pending check-ins are cancelled.</summary>
    Task PlanAsync(ITurnContext turn, TrackedRequest request, CancellationToken cancellationToken);

    /// <summary>The request was deleted: its pending check-ins go too.</summary>
    Task CancelAsync(ITurnContext turn, long requestId, CancellationToken cancellationToken);
}
