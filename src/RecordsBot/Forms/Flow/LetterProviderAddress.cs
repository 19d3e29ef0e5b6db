using System.Text.RegularExpressions;

namespace RecordsBot.Forms.Flow;

/// <summary>A saved provider's "how to reach them" used as its address only when it reads as a postal address (a street
/// number and a ZIP code), not a phone number, an e-mail or a portal.</summary>
public static partial class LetterProviderAddress
{
    public static string? From(string? contact) =>
        contact is not null && PostalAddress().IsMatch(contact) && !contact.Contains('@', StringComparison.Ordinal) ? contact.Trim() : null;

    [GeneratedRegex(@"^\s*\d+\s+\p{L}.*\b\d{5}(-\d{4})?\s*$", RegexOptions.Singleline)]
    private static partial Regex PostalAddress();
}
