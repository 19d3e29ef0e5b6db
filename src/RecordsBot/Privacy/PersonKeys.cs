using System.Security.Cryptography;
using System.Text;
using RecordsBot.Storage;

namespace RecordsBot.Privacy;

/// <summary>
/// The key a person's saved data is stored under: HMAC-SHA256 of their channel and user id with a secret the app
/// keeps (<see cref="AppSecretStore"/>), as 64 hex digits. The same person always gets the same key; the database
/// alone (without the secret) does not tell whose phone number or user id a key belongs to.
/// </summary>
public sealed class PersonKeys(AppSecretStore secrets)
{
    private const string SecretName = "person-key";

    public async Task<string> KeyOfAsync(PersonRef person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var secret = await secrets.GetOrCreateAsync(SecretName, cancellationToken);
        var data = Encoding.UTF8.GetBytes(person.ChannelId + "\n" + person.UserId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, data));
    }
}
