namespace RecordsBot.Forms;

/// <summary>The texts the forms code says or prints by key (dialogs/letters.strings.en-US.json); all required at start.</summary>
public static class FormsTextKeys
{
    public const string FileRequest = "letters.file.request";
    public const string FileFollowUp = "letters.file.followUp";
    public const string FileComplaint = "letters.file.complaint";
    public const string TitleRequest = "letters.title.request";
    public const string TitleFollowUp = "letters.title.followUp";
    public const string TitleComplaint = "letters.title.complaint";
    public const string Page = "letters.page";
    public const string RunningHead = "letters.runningHead";
    public const string SenderPhone = "letters.sender.phone";
    public const string SenderEmail = "letters.sender.email";
    public const string RecipientAttention = "letters.recipient.attention";
    public const string Salutation = "letters.salutation";
    public const string ClosingThanks = "letters.closing.thanks";
    public const string ClosingSignoff = "letters.closing.signoff";
    public const string HeadingPatient = "letters.heading.patient";
    public const string HeadingRepresentative = "letters.heading.representative";
    public const string HeadingRecords = "letters.heading.records";
    public const string HeadingFormat = "letters.heading.format";
    public const string HeadingDelivery = "letters.heading.delivery";
    public const string HeadingDeadline = "letters.heading.deadline";
    public const string HeadingFees = "letters.heading.fees";
    public const string HeadingEnclosures = "letters.heading.enclosures";
    public const string FieldName = "letters.field.name";
    public const string FieldBirthDate = "letters.field.birthDate";
    public const string FieldAddress = "letters.field.address";
    public const string FieldPhone = "letters.field.phone";
    public const string FieldEmail = "letters.field.email";
    public const string FieldSsn = "letters.field.ssn";
    public const string FieldRelationship = "letters.field.relationship";
    public const string FieldAuthority = "letters.field.authority";
    public const string RequestSubject = "letters.request.subject";
    public const string RequestSubjectFor = "letters.request.subjectFor";
    public const string RequestOpening = "letters.request.opening";
    public const string RequestOpeningFor = "letters.request.openingFor";
    public const string RequestRepresentative = "letters.request.representative";
    public const string RecordsAll = "letters.records.all";
    public const string RecordsParts = "letters.records.parts";
    public const string PartVisitNotes = "letters.part.visitNotes";
    public const string PartLabResults = "letters.part.labResults";
    public const string PartImagingReports = "letters.part.imagingReports";
    public const string PartImages = "letters.part.images";
    public const string PartBilling = "letters.part.billing";
    public const string RecordsAllDates = "letters.records.allDates";
    public const string RecordsFromTo = "letters.records.fromTo";
    public const string RecordsFrom = "letters.records.from";
    public const string RecordsTo = "letters.records.to";
    public const string FormatPdf = "letters.format.pdf";
    public const string FormatPortal = "letters.format.portal";
    public const string FormatEmail = "letters.format.email";
    public const string FormatCd = "letters.format.cd";
    public const string FormatPaper = "letters.format.paper";
    public const string FormatElectronicRule = "letters.format.electronicRule";
    public const string FormatChoiceRule = "letters.format.choiceRule";
    public const string EmailUnencrypted = "letters.email.unencrypted";
    public const string EmailSecure = "letters.email.secure";
    public const string DeliveryMail = "letters.delivery.mail";
    public const string DeliveryPickUp = "letters.delivery.pickUp";
    public const string DeliveryEmail = "letters.delivery.email";
    public const string DeliveryThirdParty = "letters.delivery.thirdParty";
    public const string DeliveryThirdPartyRule = "letters.delivery.thirdPartyRule";
    public const string DeliveryThirdPartyLimit = "letters.delivery.thirdPartyLimit";
    public const string DeadlineFederal = "letters.deadline.federal";
    public const string DeadlineExtension = "letters.deadline.extension";
    public const string DeadlineStateIntro = "letters.deadline.stateIntro";
    public const string DeadlineStateRule = "letters.deadline.stateRule";
    public const string CountCalendar = "letters.count.calendar";
    public const string CountBusiness = "letters.count.business";
    public const string FeesEstimate = "letters.fees.estimate";
    public const string FeesRule = "letters.fees.rule";
    public const string ClosingDenial = "letters.closing.denial";
    public const string ClosingNotHeld = "letters.closing.notHeld";
    public const string ClosingIdentity = "letters.closing.identity";
    public const string ClosingIdentityFor = "letters.closing.identityFor";
    public const string EnclosurePhotoId = "letters.enclosure.photoId";
    public const string EnclosureAuthority = "letters.enclosure.authority";
    public const string EnclosurePriorRequest = "letters.enclosure.priorRequest";
    public const string EnclosureProof = "letters.enclosure.proof";
    public const string SignatureSign = "letters.signature.sign";
    public const string SignatureDate = "letters.signature.date";
    public const string TextSignatureLine = "letters.text.signatureLine";
    public const string TextField = "letters.text.field";
    public const string TextBullet = "letters.text.bullet";
    public const string FollowUpSubject = "letters.followUp.subject";
    public const string FollowUpSent = "letters.followUp.sent";
    public const string FollowUpSentFor = "letters.followUp.sentFor";
    public const string FollowUpReceived = "letters.followUp.received";
    public const string FollowUpDue = "letters.followUp.due";
    public const string FollowUpExtended = "letters.followUp.extended";
    public const string FollowUpNoExtension = "letters.followUp.noExtension";
    public const string FollowUpNothing = "letters.followUp.nothing";
    public const string FollowUpAsk = "letters.followUp.ask";
    public const string FollowUpAskNotice = "letters.followUp.askNotice";
    public const string FollowUpComplaint = "letters.followUp.complaint";
    public const string ComplaintBanner = "letters.complaint.banner";
    public const string ComplaintRecipient1 = "letters.complaint.recipient1";
    public const string ComplaintRecipient2 = "letters.complaint.recipient2";
    public const string ComplaintSubject = "letters.complaint.subject";
    public const string ComplaintIntro = "letters.complaint.intro";
    public const string ComplaintSent = "letters.complaint.sent";
    public const string ComplaintSentFor = "letters.complaint.sentFor";
    public const string ComplaintReceived = "letters.complaint.received";
    public const string ComplaintFederal = "letters.complaint.federal";
    public const string ComplaintExtended = "letters.complaint.extended";
    public const string HeadingComplainant = "letters.heading.complainant";
    public const string HeadingEntity = "letters.heading.entity";
    public const string HeadingWhat = "letters.heading.what";
    public const string HeadingWhen = "letters.heading.when";
    public const string HeadingAsk = "letters.heading.ask";
    public const string ComplaintOwnWords = "letters.complaint.ownWords";
    public const string ComplaintWindow = "letters.complaint.window";
    public const string ComplaintWindowLate = "letters.complaint.windowLate";
    public const string ComplaintAsk = "letters.complaint.ask";
    public const string ComplaintRetaliation = "letters.complaint.retaliation";
    public const string ErrorGlyphs = "letters.error.glyphs";
    public const string ErrorIncomplete = "letters.error.incomplete";
    public const string MissingEmail = "letters.missing.email";
    public const string MissingThirdParty = "letters.missing.thirdParty";
    public const string MissingPrior = "letters.missing.prior";
    public const string ErrorUnavailable = "letters.error.unavailable";

    public static IReadOnlyList<string> Required { get; } =
    [
        FileRequest, FileFollowUp, FileComplaint, TitleRequest, TitleFollowUp, TitleComplaint, Page, RunningHead,
        SenderPhone, SenderEmail, RecipientAttention, Salutation, ClosingThanks, ClosingSignoff, HeadingPatient,
        HeadingRepresentative, HeadingRecords, HeadingFormat, HeadingDelivery, HeadingDeadline, HeadingFees,
        HeadingEnclosures, FieldName, FieldBirthDate, FieldAddress, FieldPhone, FieldEmail, FieldSsn, FieldRelationship,
        FieldAuthority, RequestSubject, RequestSubjectFor, RequestOpening, RequestOpeningFor, RequestRepresentative,
        RecordsAll, RecordsParts, PartVisitNotes, PartLabResults, PartImagingReports, PartImages, PartBilling,
        RecordsAllDates, RecordsFromTo, RecordsFrom, RecordsTo, FormatPdf, FormatPortal, FormatEmail, FormatCd,
        FormatPaper, FormatElectronicRule, FormatChoiceRule, EmailUnencrypted, EmailSecure, DeliveryMail,
        DeliveryPickUp, DeliveryEmail, DeliveryThirdParty, DeliveryThirdPartyRule, DeliveryThirdPartyLimit,
        DeadlineFederal, DeadlineExtension, DeadlineStateIntro, DeadlineStateRule, CountCalendar, CountBusiness,
        FeesEstimate, FeesRule, ClosingDenial, ClosingNotHeld, ClosingIdentity, ClosingIdentityFor, EnclosurePhotoId,
        EnclosureAuthority, EnclosurePriorRequest, EnclosureProof, SignatureSign, SignatureDate, TextSignatureLine,
        TextField, TextBullet, FollowUpSubject, FollowUpSent, FollowUpSentFor, FollowUpReceived, FollowUpDue,
        FollowUpExtended, FollowUpNoExtension, FollowUpNothing, FollowUpAsk, FollowUpAskNotice, FollowUpComplaint,
        ComplaintBanner, ComplaintRecipient1, ComplaintRecipient2, ComplaintSubject, ComplaintIntro, ComplaintSent,
        ComplaintSentFor, ComplaintReceived, ComplaintFederal, ComplaintExtended, HeadingComplainant, HeadingEntity,
        HeadingWhat, HeadingWhen, HeadingAsk, ComplaintOwnWords, ComplaintWindow, ComplaintWindowLate, ComplaintAsk,
        ComplaintRetaliation, ErrorGlyphs, ErrorIncomplete, MissingEmail, MissingThirdParty, MissingPrior,
        ErrorUnavailable,
    ];
}
