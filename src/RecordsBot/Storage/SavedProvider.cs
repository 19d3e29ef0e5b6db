namespace RecordsBot.Storage;

/// <summary>
/// One provider on a person's list ("Who to contact"). <see cref="OwnerKey"/> is a keyed hash of the person's channel
/// and user id (<see cref="Privacy.PersonKeys"/>), so no phone number or user id is stored as a key.
/// </summary>
public sealed class SavedProvider
{
    public long Id { get; set; }

    public required string OwnerKey { get; set; }

    public required string Name { get; set; }

    /// <summary>A kind id of dialogs/knowledge/provider-kinds.yaml ("hospital").</summary>
    public required string Kind { get; set; }

    /// <summary>Two-letter state code, or null when the person did not give one.</summary>
    public string? State { get; set; }

    /// <summary>How to reach them, as the person wrote it (phone, fax, address, e-mail, portal), or null.</summary>
    public string? Contact { get; set; }

    public DateTime AddedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
