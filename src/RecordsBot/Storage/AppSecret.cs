namespace RecordsBot.Storage;

/// <summary>A secret the app generates for itself once and keeps (e.g. the local channel's token signing key).</summary>
public sealed class AppSecret
{
    public required string Name { get; set; }

    public required byte[] Value { get; set; }

    public DateTime CreatedUtc { get; set; }
}
