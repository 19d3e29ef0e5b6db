using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Storage;

namespace RecordsBot.Tracking;

/// <summary>The tracked requests in the app's database (<see cref="TrackedRequestRow"/>), per person under
/// <see cref="PersonKeys"/>' hash. Ids are the table's own and never reused for another row of the same person.</summary>
public sealed class TrackedRequests(IDbContextFactory<RecordsBotDbContext> dbFactory, PersonKeys keys, TimeProvider time) : ITrackedRequests
{
    public async Task<IReadOnlyList<TrackedRequest>> ListAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<TrackedRequestRow>().AsNoTracking()
            .Where(x => x.OwnerKey == owner)
            .OrderBy(x => x.CreatedUtc).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(Request).ToList();
    }

    public async Task<TrackedRequest?> FindAsync(PersonRef person, long id, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TrackedRequestRow>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.OwnerKey == owner, cancellationToken);
        return row is null ? null : Request(row);
    }

    public async Task<TrackedRequest> AddAsync(PersonRef person, TrackedRequestDetails details, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var row = new TrackedRequestRow { OwnerKey = owner, ProviderName = string.Empty, CreatedUtc = now, UpdatedUtc = now };
        Apply(row, details);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Set<TrackedRequestRow>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Request(row);
    }

    public async Task<TrackedRequest?> UpdateAsync(PersonRef person, long id, TrackedRequestDetails details, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TrackedRequestRow>().FirstOrDefaultAsync(x => x.Id == id && x.OwnerKey == owner, cancellationToken);
        if (row is null)
        {
            return null;
        }

        Apply(row, details);
        row.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Request(row);
    }

    public async Task<bool> RemoveAsync(PersonRef person, long id, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<TrackedRequestRow>().Where(x => x.Id == id && x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Every request of the person, gone ("delete my data"); how many there were.</summary>
    public async Task<int> RemoveAllAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<TrackedRequestRow>().Where(x => x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The request <paramref name="id"/> and the owner key it is stored under, whoever owns it: for a calendar
    /// link, which carries no person but is signed with that key (<see cref="CalendarLinks"/>).</summary>
    public async Task<(string OwnerKey, TrackedRequest Request)?> FindForLinkAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TrackedRequestRow>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return row is null ? null : (row.OwnerKey, Request(row));
    }

    private static void Apply(TrackedRequestRow row, TrackedRequestDetails details)
    {
        var name = details.ProviderName.Trim();
        row.ProviderId = details.ProviderId;
        row.ProviderName = name.Length <= TrackedRequestRowConfiguration.ProviderNameLength ? name : name[..TrackedRequestRowConfiguration.ProviderNameLength];
        row.ProviderState = details.ProviderState is { Length: 2 } state ? state.ToUpperInvariant() : null;
        row.Method = details.Method;
        row.Status = details.Status;
        row.SentOn = details.SentOn;
        row.ReceivedOn = details.ReceivedOn;
        row.DueOn = details.DueOn;
        row.ExtendedTo = details.ExtendedTo;
    }

    private static TrackedRequest Request(TrackedRequestRow row) => new(
        row.Id,
        new TrackedRequestDetails(row.ProviderId, row.ProviderName, row.ProviderState, row.Method, row.Status, row.SentOn, row.ReceivedOn, row.DueOn, row.ExtendedTo),
        DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc),
        DateTime.SpecifyKind(row.UpdatedUtc, DateTimeKind.Utc));
}
