using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-contact</c>: a reply with a US phone number, an e-mail address, or both (read as the phone and
/// email prompts read them); something with an @ that is no address gets letter.contact.badEmail.</summary>
public sealed class ContactValidator : IPromptValidator
{
    public const string ValidatorName = "letter-contact";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken)
    {
        if (LetterWords.HasFullSsn(value))
        {
            return Task.FromResult<string?>(LetterTextKeys.SsnFull);
        }

        var (phone, email) = LetterContact.Read(value);
        return Task.FromResult<string?>(value.Contains('@', StringComparison.Ordinal) && email is null ? LetterTextKeys.ContactBadEmail
            : phone is null && email is null ? LetterTextKeys.ContactRetry
            : null);
    }
}
