namespace RecordsBot.Forms;

/// <summary>
/// Everything one letter says, as the person confirmed it in the summary. <see cref="Date"/> is the letter's date (the
/// person's today). <see cref="Prior"/> is required for follow-up and complaint letters. Texts are as the person typed
/// them: renderers must show them verbatim (accents, apostrophes, hyphens, anything that looks like markup).
/// </summary>
public sealed record LetterRequest(
    LetterKind Kind,
    DateOnly Date,
    LetterPatient Patient,
    LetterProvider Provider,
    RecordsWanted Records,
    CopyFormat Format,
    CopyDelivery Delivery,
    ThirdPartyRecipient? ThirdParty,
    LetterRepresentative? Representative,
    bool AcceptsUnencryptedEmail,
    PriorRequest? Prior);
