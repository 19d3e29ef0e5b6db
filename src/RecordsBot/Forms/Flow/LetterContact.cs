using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Forms.Flow;

/// <summary>A phone number and an e-mail address in one reply, read with the engine's recognizers (each from the
/// reply without the other, so the digits of an address never count as a phone number).</summary>
public static class LetterContact
{
    public static (string? Phone, string? Email) Read(string reply)
    {
        var email = EmailRecognizer.Recognize(reply);
        var rest = email is null ? reply : reply.Replace(email, " ", StringComparison.OrdinalIgnoreCase);
        var phone = PhoneRecognizer.Recognize(rest);
        return (phone, email);
    }

    /// <summary>+15552013344 as (555) 201-3344.</summary>
    public static string ShowPhone(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) ? $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}" : e164;
}
