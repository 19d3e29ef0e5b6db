using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;

namespace RecordsBot.Reminders;

/// <summary>A conversation's key for <see cref="CheckIn.ConversationKey"/>: SHA-256 of channel and conversation id, hex.</summary>
public static class ConversationKeys
{
    public static string Of(ConversationReference reference) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((reference.ChannelId ?? string.Empty) + "\n" + (reference.Conversation?.Id ?? string.Empty))));
}
