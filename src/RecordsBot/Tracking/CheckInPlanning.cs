using Microsoft.Bot.Builder;
using RecordsBot.Reminders;

namespace RecordsBot.Tracking;

/// <summary>
/// The reminders' <see cref="ICheckInScheduler"/>, looked up when a request changes rather than when the tracking
/// handlers are built: the scheduler reads the dialog environment, which is built from the handlers, so taking it in a
/// handler's constructor would make each wait for the other at start.
/// </summary>
public sealed class CheckInPlanning(IServiceProvider services)
{
    public Task PlanAsync(ITurnContext turn, TrackedRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<ICheckInScheduler>().PlanAsync(turn, request, cancellationToken);

    public Task CancelAsync(ITurnContext turn, long requestId, CancellationToken cancellationToken) =>
        services.GetRequiredService<ICheckInScheduler>().CancelAsync(turn, requestId, cancellationToken);
}
