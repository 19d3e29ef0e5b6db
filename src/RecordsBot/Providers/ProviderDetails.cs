namespace RecordsBot.Providers;

/// <summary>What a person tells about one provider: its name, its kind (an id of provider-kinds.yaml), its state
/// (two-letter code) and how to reach it, the last two when given.</summary>
public sealed record ProviderDetails(string Name, string Kind, string? State, string? Contact);
