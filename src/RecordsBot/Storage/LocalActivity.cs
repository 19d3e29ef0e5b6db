namespace RecordsBot.Storage;

/// <summary>An activity of a local Direct Line conversation, kept for history and reloads until retention removes it.</summary>
public sealed class LocalActivity
{
    public required string ConversationId { get; set; }

    public long Sequence { get; set; }

    public required string Json { get; set; }

    public DateTime CreatedUtc { get; set; }
}
