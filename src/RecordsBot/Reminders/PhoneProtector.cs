using System.Security.Cryptography;
using System.Text;
using RecordsBot.Storage;

namespace RecordsBot.Reminders;

/// <summary>
/// Encrypts the phone number a person gives for SMS check-ins (AES-GCM with a key the app keeps in its database,
/// <see cref="AppSecretStore"/>), so the table alone does not show it. Stored as base64 of nonce, tag and ciphertext.
/// </summary>
public sealed class PhoneProtector(AppSecretStore secrets)
{
    private const string SecretName = "reminders-phone";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public async Task<string> ProtectAsync(string phone, CancellationToken cancellationToken)
    {
        var key = await secrets.GetOrCreateAsync(SecretName, cancellationToken);
        var plain = Encoding.UTF8.GetBytes(phone);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    /// <summary>The phone number, or null when the stored value cannot be read (another app's key, damaged).</summary>
    public async Task<string?> UnprotectAsync(string stored, CancellationToken cancellationToken)
    {
        var key = await secrets.GetOrCreateAsync(SecretName, cancellationToken);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(stored);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[bytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize + TagSize), bytes.AsSpan(NonceSize, TagSize), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }
}
