namespace RecordsBot.Forms.Flow;

/// <summary>The keys of dialogs/letter.strings.en-US.json the letter flow's C# says or reads; all required at start
/// (<see cref="LetterFlowCheck"/>).</summary>
public static class LetterTextKeys
{
    public const string FollowUpWords = "letter.kind.followUp.words";
    public const string ComplaintWords = "letter.kind.complaint.words";
    public const string NameRetry = "letter.name.retry";
    public const string TextRetry = "letter.text.retry";
    public const string AddressRetry = "letter.address.retry";
    public const string BirthFuture = "letter.birth.future";
    public const string BirthTooOld = "letter.birth.tooOld";
    public const string ContactRetry = "letter.contact.retry";
    public const string ContactBadEmail = "letter.contact.badEmail";
    public const string SsnRetry = "letter.ssn.retry";
    public const string SsnFull = "letter.ssn.full";
    public const string SsnSkipWords = "letter.ssn.skip.words";
    public const string ProviderPickRetry = "letter.provider.pick.retry";
    public const string ProviderNewWords = "letter.provider.new.words";
    public const string PartsRetry = "letter.parts.retry";
    public const string DatesToBeforeFrom = "letter.dates.toBeforeFrom";
    public const string DueBeforeSent = "letter.due.beforeSent";
    public const string SummaryHeading = "letter.summary.heading";
    public const string SummaryLine = "letter.summary.line";
    public const string SummaryNone = "letter.summary.none";
    public const string SummaryFrom = "letter.summary.from";
    public const string SummaryTo = "letter.summary.to";
    public const string SummaryAllDates = "letter.summary.allDates";
    public const string SummaryAccepts = "letter.summary.accepts";
    public const string SummaryThird = "letter.summary.third";
    public const string ReviewRetry = "letter.review.retry";
    public const string ReviewWriteWords = "letter.review.write.words";
    public const string Ready = "letter.ready";
    public const string ReadyCard = "letter.ready.card";
    public const string DownloadLabel = "letter.download.label";
    public const string Failed = "letter.failed";

    public static string PartLabel(RecordPart part) => "letter.part." + char.ToLowerInvariant(part.ToString()[0]) + part.ToString()[1..];

    public static string PartSynonyms(RecordPart part) => PartLabel(part) + ".synonyms";

    public static string RelationLabel(string relation) => $"letter.rep.{relation}.label";

    public static string RelationInLetter(string relation) => $"letter.rep.{relation}.inLetter";

    public static string WhoseLabel(string whose) => $"letter.whose.{whose}.label";

    public static string WhoseSynonyms(string whose) => $"letter.whose.{whose}.synonyms";

    public static string RecordsLabel(string mode) => $"letter.records.{mode}.label";

    public static string FormatLabel(string format) => $"letter.format.{format}.label";

    public static string DeliveryLabel(string delivery) => $"letter.delivery.{delivery}.label";

    public static IReadOnlyList<string> Relations { get; } = ["parent", "guardian", "poa", "executor"];

    public static IReadOnlyList<string> Required { get; } =
    [
        FollowUpWords, ComplaintWords, NameRetry, TextRetry, AddressRetry, BirthFuture, BirthTooOld, ContactRetry, ContactBadEmail, SsnRetry, SsnFull,
        SsnSkipWords, ProviderPickRetry, ProviderNewWords, PartsRetry, DatesToBeforeFrom, DueBeforeSent, SummaryHeading, SummaryLine, SummaryNone,
        SummaryFrom, SummaryTo, SummaryAllDates, SummaryAccepts, SummaryThird, ReviewRetry, ReviewWriteWords, Ready, ReadyCard, DownloadLabel, Failed,
        .. Enum.GetValues<RecordPart>().SelectMany(p => new[] { PartLabel(p), PartSynonyms(p) }),
        .. Relations.SelectMany(r => new[] { RelationLabel(r), RelationInLetter(r) }),
        .. new[] { "own", "other" }.SelectMany(w => new[] { WhoseLabel(w), WhoseSynonyms(w) }),
        .. new[] { "all", "parts", "dates" }.Select(RecordsLabel),
        .. new[] { "pdf", "portal", "email", "paper", "cd" }.Select(FormatLabel),
        .. new[] { "mail", "pickup", "email", "third" }.Select(DeliveryLabel),
        .. LetterFields.Editable.SelectMany(f => new[] { LetterFields.LabelKey(f), LetterFields.SynonymsKey(f) }),
    ];
}
