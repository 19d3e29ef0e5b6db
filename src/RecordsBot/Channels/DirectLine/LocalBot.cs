using Microsoft.Bot.Schema;

namespace RecordsBot.Channels.DirectLine;

/// <summary>The bot's identity in local conversations.</summary>
public static class LocalBot
{
    public const string Id = "recordsbot";
    public const string Name = "RecordsBot";

    public static ChannelAccount Account() => new(Id, Name, RoleTypes.Bot);
}
