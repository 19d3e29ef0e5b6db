using RecordsBot.Privacy;

namespace RecordsBot.Tracking;

/// <summary>"Delete my data" erases the person's tracked requests (on the channel they ask from).</summary>
public sealed class TrackedRequestsEraser(TrackedRequests requests) : IPersonalDataEraser
{
    public string Name => "tracked-requests";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) =>
        requests.RemoveAllAsync(PersonRef.Of(scope.Turn), cancellationToken);
}
