using System.Security.Cryptography;
using System.Text;

namespace RecordsBot.Hosting;

/// <summary>What may go into logs about a person: hashed ids only, never names, dates, numbers or message text.</summary>
public static class PrivacySafe
{
    /// <summary>A short, stable, one-way hash of an id (conversation, user) for correlating log lines.</summary>
    public static string Hash(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "-";
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return Convert.ToHexStringLower(digest, 0, 6);
    }

    /// <summary>What may be logged about an exception: its type, never its message (which may quote the person).</summary>
    public static string TypeName(Exception exception) => exception.GetType().FullName ?? "?";
}
