namespace RecordsBot.Providers;

/// <summary>One provider on a person's saved list. <see cref="Id"/> is stable (later features refer to it: a letter
/// per provider, a tracked request); the number people see is its place in the list.</summary>
public sealed record ProviderEntry(long Id, string Name, string Kind, string? State, string? Contact, DateTime AddedUtc)
{
    public ProviderDetails Details => new(Name, Kind, State, Contact);
}
