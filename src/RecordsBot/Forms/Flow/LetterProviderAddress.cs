using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Forms.Flow;

/// <summary>A saved provider's "how to reach them" used as its address only when it reads as a postal address (a street
/// number and a ZIP code), not a phone number, an e-mail or a portal.</summary>
public static partial class LetterProviderAddress
{
    public static string? From(string? contact) =>
        contact is not null && PostalAddress().IsMatch(contact) && !contact.Contains('@', StringComparison.Ordinal) ? contact.Trim() : null;

    /// <summary>The state code an address ends with before its ZIP code ("..., Columbus, OH 43215"), when it is a US
    /// state's: the letter then need not ask the provider's state.</summary>
    public static string? StateIn(string? address) =>
        address is not null && StateAndZip().Match(address) is { Success: true } match ? UsStateRecognizer.FromCode(match.Groups["code"].Value)?.Code : null;

    [GeneratedRegex(@"^\s*\d+\s+\p{L}.*\b\d{5}(-\d{4})?\s*$", RegexOptions.Singleline)]
    private static partial Regex PostalAddress();

    [GeneratedRegex(@"\b(?<code>[A-Za-z]{2})\.?,?\s+\d{5}(-\d{4})?\s*$")]
    private static partial Regex StateAndZip();
}
