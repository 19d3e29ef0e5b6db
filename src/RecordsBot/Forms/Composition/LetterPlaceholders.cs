using K = RecordsBot.Forms.FormsTextKeys;

namespace RecordsBot.Forms.Composition;

/// <summary>
/// The placeholders the letter code fills in each letters.* text. A text must keep every one of them (a sentence
/// that lost its {cite} would state law without its source) and use no other (it would print as typed). Checked at
/// start by <see cref="LettersCheck"/>.
/// </summary>
public static class LetterPlaceholders
{
    public static IReadOnlyDictionary<string, string[]> ByKey { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [K.Page] = ["page", "pages"],
        [K.RunningHead] = ["name", "birthDate"],
        [K.SenderPhone] = ["phone"],
        [K.SenderEmail] = ["email"],
        [K.RequestSubject] = ["cite"],
        [K.RequestSubjectFor] = ["patient", "cite"],
        [K.RequestOpening] = ["cite"],
        [K.RequestOpeningFor] = ["relationship", "patient", "cite"],
        [K.RequestRepresentative] = ["patient", "document", "cite"],
        [K.RecordsAll] = ["cite"],
        [K.RecordsFromTo] = ["from", "to"],
        [K.RecordsFrom] = ["from"],
        [K.RecordsTo] = ["to"],
        [K.FormatEmail] = ["email"],
        [K.FormatElectronicRule] = ["cite"],
        [K.FormatChoiceRule] = ["cite"],
        [K.EmailUnencrypted] = ["cite"],
        [K.DeliveryMail] = ["name", "address"],
        [K.DeliveryEmail] = ["email"],
        [K.DeliveryThirdParty] = ["recipient", "sendTo"],
        [K.DeliveryThirdPartyRule] = ["cite"],
        [K.DeliveryThirdPartyLimit] = ["cite"],
        [K.DeadlineFederal] = ["days", "count", "cite"],
        [K.DeadlineExtension] = ["extra", "days", "cite"],
        [K.DeadlineStateIntro] = ["stateName", "cite"],
        [K.DeadlineStateRule] = ["who", "what", "days", "count", "from", "cite"],
        [K.FeesRule] = ["cite", "neverCite"],
        [K.ClosingDenial] = ["cite"],
        [K.ClosingNotHeld] = ["cite"],
        [K.ClosingIdentity] = ["cite"],
        [K.ClosingIdentityFor] = ["document", "cite"],
        [K.EnclosureAuthority] = ["document", "patient"],
        [K.EnclosurePriorRequest] = ["sentOn"],
        [K.SignatureSign] = ["name"],
        [K.TextSignatureLine] = ["label"],
        [K.TextField] = ["label", "value"],
        [K.TextBullet] = ["item"],
        [K.FollowUpSubject] = ["sentOn"],
        [K.FollowUpSent] = ["sentOn", "cite"],
        [K.FollowUpSentFor] = ["sentOn", "patient", "cite"],
        [K.FollowUpReceived] = ["receivedOn"],
        [K.FollowUpDue] = ["dueOn"],
        [K.FollowUpExtended] = ["dueOn", "cite"],
        [K.FollowUpNoExtension] = ["days", "cite"],
        [K.FollowUpNothing] = ["date"],
        [K.FollowUpAskNotice] = ["days"],
        [K.FollowUpComplaint] = ["cite"],
        [K.ComplaintSubject] = ["provider", "cite"],
        [K.ComplaintIntro] = ["provider", "cite"],
        [K.ComplaintSent] = ["sentOn", "provider", "cite"],
        [K.ComplaintSentFor] = ["sentOn", "provider", "patient", "cite"],
        [K.ComplaintReceived] = ["receivedOn"],
        [K.ComplaintFederal] = ["days", "count", "cite"],
        [K.ComplaintExtended] = ["provider", "dueOn", "cite"],
        [K.ComplaintWindow] = ["dueOn", "windowDays", "date", "cite"],
        [K.ComplaintWindowLate] = ["dueOn", "windowDays", "cite"],
        [K.ComplaintRetaliation] = ["provider", "cite"],
        [K.ErrorGlyphs] = ["characters"],
        [K.ErrorIncomplete] = ["what"],
    };

    /// <summary>The placeholders of <paramref name="key"/> (none for a text the code fills with nothing).</summary>
    public static IReadOnlyList<string> Of(string key) => ByKey.GetValueOrDefault(key) ?? [];
}
