using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Tracking;

/// <summary>
/// Links to a tracked request's calendar file: <c>calendar/{id}.{expires}.{signature}</c>, where the signature is an
/// HMAC-SHA256 (with a secret the app keeps) of the id, the expiry and the key the request's owner is stored under. So
/// a link cannot be guessed or changed to another request, stops working at its expiry
/// (<see cref="TrackingOptions.CalendarLinkLifetime"/>), and stops working when the request is deleted.
/// </summary>
public sealed class CalendarLinks(AppSecretStore secrets, TimeProvider time, IOptions<TrackingOptions> options, PublicAddress address)
{
    public const string PathPrefix = "calendar/";
    private const string SecretName = "calendar-link";

    /// <summary>The absolute link for request <paramref name="id"/> of the owner stored under <paramref name="ownerKey"/>.</summary>
    public async Task<string> LinkAsync(string ownerKey, long id, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow().Add(options.Value.CalendarLinkLifetime).ToUnixTimeSeconds();
        var signature = await SignAsync(ownerKey, id, expires, cancellationToken);
        var token = string.Create(CultureInfo.InvariantCulture, $"{id}.{expires}.{signature}");
        return address.Base + PathPrefix + token;
    }

    /// <summary>The request id a token names, when it is well formed and not expired; its signature is checked with
    /// <see cref="VerifyAsync"/> once the request's owner key is known.</summary>
    public (long Id, long Expires)? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            return null;
        }

        return (id, expires);
    }

    public async Task<bool> VerifyAsync(string token, string ownerKey, CancellationToken cancellationToken)
    {
        if (Read(token) is not var (id, expires))
        {
            return false;
        }

        var given = token[(token.LastIndexOf('.') + 1)..];
        var expected = await SignAsync(ownerKey, id, expires, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(expected));
    }

    private async Task<string> SignAsync(string ownerKey, long id, long expires, CancellationToken cancellationToken)
    {
        var secret = await secrets.GetOrCreateAsync(SecretName, cancellationToken);
        var data = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}\n{expires}\n{ownerKey}"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, data));
    }
}
