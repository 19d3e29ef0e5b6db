using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace RecordsBot.Forms;

/// <summary>
/// Download links: <c>{base}/l/{token}</c>, where the token is 128 random bits in base64url (22 characters, short
/// enough for SMS). Only the token's SHA-256 is stored. The base is <c>RecordsBot:PublicBaseUrl</c>, or else the
/// address this app listens on (the local Web Chat runs on the same machine).
/// </summary>
public sealed class LetterLinks(IServer server, IOptions<LetterOptions> options)
{
    public const string RoutePrefix = "/l/";
    public const int TokenLength = 22;

    private string? baseUrl;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="token"/> looks like one this app makes (anything else is refused unread).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    public Uri Url(string token) => new(Base + RoutePrefix.TrimStart('/') + token);

    private string Base => baseUrl ??= Compute();

    private string Compute()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException($"The server reports no address to make download links with; set {LetterOptions.PublicBaseUrlSetting}.");
        var parsed = BindingAddress.Parse(chosen);
        var host = parsed.Host;
        if (host is "*" or "+" or "[::]" or "0.0.0.0")
        {
            host = "localhost";
        }
        else if (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            host = "[" + host.Trim('[', ']') + "]";
        }

        return $"{parsed.Scheme}://{host}:{parsed.Port}/";
    }
}
