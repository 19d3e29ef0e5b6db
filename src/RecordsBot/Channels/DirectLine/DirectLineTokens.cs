using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// Tokens for the local Direct Line: bound to one conversation and user, signed with HMAC-SHA256 under a key the
/// app creates once and keeps in its database, so tokens stay valid across restarts. A token works for
/// <c>TokenLifetime</c>; a page may trade its saved token for a fresh one within <c>ResumeWindow</c> of issue.
/// Also user tickets: a browser's proof of its user id, kept by the page so every conversation it starts (after a
/// token can no longer resume one) is the same person's, and what they saved (their providers) is theirs again.
/// </summary>
public sealed class DirectLineTokens(AppSecretStore secrets, IOptions<RecordsBotOptions> options, TimeProvider time)
{
    private const string KeyName = "local-channel-token-key";
    private const string Prefix = "rb1.";
    private const string UserPrefix = "rbu1.";

    public sealed record Claims(string ConversationId, string UserId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

    public TimeSpan Lifetime => options.Value.LocalChannel.TokenLifetime;

    public async Task<string> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payload = new TokenPayload(conversationId, userId, now.ToUnixTimeSeconds(), now.Add(Lifetime).ToUnixTimeSeconds());
        var body = Prefix + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(body));
        return body + "." + Base64Url(signature);
    }

    /// <summary>The token's claims when it is genuine and unexpired; null otherwise.</summary>
    public async Task<Claims?> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        var claims = await ReadSignedAsync(token, cancellationToken);
        return claims is not null && claims.ExpiresAt > time.GetUtcNow() ? claims : null;
    }

    /// <summary>The claims of a genuine token issued within the resume window, expired or not; null otherwise.</summary>
    public async Task<Claims?> ValidateForResumeAsync(string? token, CancellationToken cancellationToken)
    {
        var claims = await ReadSignedAsync(token, cancellationToken);
        return claims is not null && claims.IssuedAt.Add(options.Value.LocalChannel.ResumeWindow) > time.GetUtcNow() ? claims : null;
    }

    /// <summary>A ticket naming <paramref name="userId"/>, signed; it does not expire (the browser keeps it until its
    /// storage is cleared).</summary>
    public async Task<string> IssueUserTicketAsync(string userId, CancellationToken cancellationToken)
    {
        var body = UserPrefix + Base64Url(Encoding.UTF8.GetBytes(userId));
        return body + "." + Base64Url(HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(body)));
    }

    /// <summary>The user id of a genuine ticket; null for anything else (a token is no ticket).</summary>
    public async Task<string?> ReadUserTicketAsync(string? ticket, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 256 || !ticket.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var dot = ticket.LastIndexOf('.');
        if (dot <= UserPrefix.Length)
        {
            return null;
        }

        var body = ticket[..dot];
        if (!TryFromBase64Url(ticket[(dot + 1)..], out var signature) || !TryFromBase64Url(body[UserPrefix.Length..], out var user))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(body));
        return CryptographicOperations.FixedTimeEquals(expected, signature) && user.Length > 0 ? Encoding.UTF8.GetString(user) : null;
    }

    public static string? FromAuthorizationHeader(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;

    private async Task<Claims?> ReadSignedAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var dot = token.LastIndexOf('.');
        if (dot <= Prefix.Length)
        {
            return null;
        }

        var body = token[..dot];
        if (!TryFromBase64Url(token[(dot + 1)..], out var signature) || !TryFromBase64Url(body[Prefix.Length..], out var payloadBytes))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<TokenPayload>(payloadBytes);
            return payload is { C.Length: > 0, U.Length: > 0 }
                ? new Claims(payload.C, payload.U, DateTimeOffset.FromUnixTimeSeconds(payload.Iat), DateTimeOffset.FromUnixTimeSeconds(payload.Exp))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<byte[]> GetKeyAsync(CancellationToken cancellationToken) => secrets.GetOrCreateAsync(KeyName, cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    private sealed record TokenPayload(string C, string U, long Iat, long Exp);
}
