using RecordsBot.Privacy;

namespace RecordsBot.Providers;

/// <summary>
/// A person's saved list of providers, kept across conversations (the "Who to contact" topic builds it; request
/// letters and request tracking use it). Entries come in the order they were added.
/// </summary>
public interface IProviderList
{
    Task<IReadOnlyList<ProviderEntry>> ListAsync(PersonRef person, CancellationToken cancellationToken);

    Task<ProviderEntry?> FindAsync(PersonRef person, long id, CancellationToken cancellationToken);

    Task<ProviderEntry> AddAsync(PersonRef person, ProviderDetails details, CancellationToken cancellationToken);

    /// <summary>Replaces the entry's details; null when the person has no such entry (removed meanwhile).</summary>
    Task<ProviderEntry?> UpdateAsync(PersonRef person, long id, ProviderDetails details, CancellationToken cancellationToken);

    /// <summary>False when the person has no such entry.</summary>
    Task<bool> RemoveAsync(PersonRef person, long id, CancellationToken cancellationToken);

    /// <summary>Removes the person's whole list ("delete my data"); returns how many entries there were.</summary>
    Task<int> RemoveAllAsync(PersonRef person, CancellationToken cancellationToken);
}
