namespace RecordsBot.Forms.Storage;

/// <summary>
/// A letter made for a person: its PDF, under <see cref="OwnerKey"/> (a keyed hash of the person's channel and user
/// id, <see cref="Privacy.PersonKeys"/>). Its download link's token is stored only as a SHA-256 hash
/// (<see cref="TokenHash"/>), so the database alone gives no working link.
/// </summary>
public sealed class StoredLetter
{
    public long Id { get; set; }

    public required string OwnerKey { get; set; }

    public required string TokenHash { get; set; }

    public LetterKind Kind { get; set; }

    public required string FileName { get; set; }

    public required byte[] Pdf { get; set; }

    public int PageCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the download link stops working.</summary>
    public DateTime LinkExpiresUtc { get; set; }

    /// <summary>When the letter is deleted (the retention limit).</summary>
    public DateTime DeleteAfterUtc { get; set; }
}
