namespace RecordsBot.Storage;

/// <summary>One Bot Framework storage item (conversation or user state), stored as JSON with its ETag.</summary>
public sealed class StateItem
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    public required string ETag { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
