namespace RecordsBot.Channels;

/// <summary>Bot Framework channel ids the bot renders differently for.</summary>
public static class ChannelIds
{
    public const string WebChat = "webchat";
    public const string Teams = "msteams";
    public const string Sms = "sms";
}
