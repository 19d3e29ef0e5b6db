using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using RecordsBot.Hosting;

namespace RecordsBot.Forms;

/// <summary>
/// Download links: <c>{base}/l/{token}</c>, where the token is 128 random bits in base64url (22 characters, short
/// enough for SMS). Only the token's SHA-256 is stored. The base is the app's <see cref="PublicAddress"/>.
/// </summary>
public sealed class LetterLinks(PublicAddress address)
{
    public const string RoutePrefix = "/l/";
    public const int TokenLength = 22;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="token"/> looks like one this app makes (anything else is refused unread).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    public Uri Url(string token) => new(address.Base + RoutePrefix.TrimStart('/') + token);
}
