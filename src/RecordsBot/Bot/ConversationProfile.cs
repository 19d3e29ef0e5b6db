namespace RecordsBot.Bot;

/// <summary>What the bot keeps about a conversation across topics (never reset by an error in a topic).</summary>
public sealed class ConversationProfile
{
    public bool Welcomed { get; set; }

    /// <summary>The person texted STOP: nothing more is sent on SMS until they text START.</summary>
    public bool SmsOptedOut { get; set; }
}
