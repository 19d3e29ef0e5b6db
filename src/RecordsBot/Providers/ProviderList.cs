using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Storage;

namespace RecordsBot.Providers;

/// <summary>The saved lists in the app's database (<see cref="SavedProvider"/>), one per person, keyed by
/// <see cref="PersonKeys"/>. Texts longer than the columns allow are cut, never refused.</summary>
public sealed class ProviderList(IDbContextFactory<RecordsBotDbContext> dbFactory, PersonKeys keys, TimeProvider time) : IProviderList
{
    public async Task<IReadOnlyList<ProviderEntry>> ListAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SavedProviders.AsNoTracking()
            .Where(x => x.OwnerKey == owner)
            .OrderBy(x => x.AddedUtc).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(Entry).ToList();
    }

    public async Task<ProviderEntry?> FindAsync(PersonRef person, long id, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.SavedProviders.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.OwnerKey == owner, cancellationToken);
        return row is null ? null : Entry(row);
    }

    public async Task<ProviderEntry> AddAsync(PersonRef person, ProviderDetails details, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var row = new SavedProvider { OwnerKey = owner, Name = string.Empty, Kind = string.Empty, AddedUtc = now, UpdatedUtc = now };
        Apply(row, details);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.SavedProviders.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Entry(row);
    }

    public async Task<ProviderEntry?> UpdateAsync(PersonRef person, long id, ProviderDetails details, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.SavedProviders.FirstOrDefaultAsync(x => x.Id == id && x.OwnerKey == owner, cancellationToken);
        if (row is null)
        {
            return null;
        }

        Apply(row, details);
        row.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Entry(row);
    }

    public async Task<bool> RemoveAsync(PersonRef person, long id, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SavedProviders.Where(x => x.Id == id && x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<int> RemoveAllAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SavedProviders.Where(x => x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
    }

    private static void Apply(SavedProvider row, ProviderDetails details)
    {
        row.Name = Cut(details.Name.Trim(), SavedProviderLimits.Name);
        row.Kind = Cut(details.Kind, SavedProviderLimits.Kind);
        row.State = details.State is { Length: 2 } state ? state.ToUpperInvariant() : null;
        row.Contact = string.IsNullOrWhiteSpace(details.Contact) ? null : Cut(details.Contact.Trim(), SavedProviderLimits.Contact);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static ProviderEntry Entry(SavedProvider row) => new(row.Id, row.Name, row.Kind, row.State, row.Contact, DateTime.SpecifyKind(row.AddedUtc, DateTimeKind.Utc));
}
