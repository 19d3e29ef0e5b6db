namespace RecordsBot.Storage;

/// <summary>A conversation of the local Direct Line channel (Web Chat on this machine).</summary>
public sealed class LocalConversation
{
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }

    /// <summary>Watermark of the newest activity: activities are numbered 1, 2, 3… per conversation.</summary>
    public long LastSequence { get; set; }

    /// <summary>Timestamp given to the newest activity; the next one is always later (Web Chat sorts by it).</summary>
    public DateTime LastTimestampUtc { get; set; }

    /// <summary>Whether the bot has been told the conversation started (conversationUpdate sent).</summary>
    public bool Started { get; set; }
}
