using RecordsBot.Privacy;

namespace RecordsBot.Tracking;

/// <summary>
/// A person's tracked requests, kept across conversations and stored under <see cref="PersonKeys"/>' hash of who they
/// are (erased by "delete my data"). Requests come in the order they were added.
/// </summary>
public interface ITrackedRequests
{
    Task<IReadOnlyList<TrackedRequest>> ListAsync(PersonRef person, CancellationToken cancellationToken);

    Task<TrackedRequest?> FindAsync(PersonRef person, long id, CancellationToken cancellationToken);

    Task<TrackedRequest> AddAsync(PersonRef person, TrackedRequestDetails details, CancellationToken cancellationToken);

    /// <summary>Replaces the request's details; null when the person has no such request (removed meanwhile).</summary>
    Task<TrackedRequest?> UpdateAsync(PersonRef person, long id, TrackedRequestDetails details, CancellationToken cancellationToken);

    /// <summary>False when the person has no such request.</summary>
    Task<bool> RemoveAsync(PersonRef person, long id, CancellationToken cancellationToken);
}
