namespace RecordsBot.Forms.Flow;

/// <summary>The names of the values request-form.dialog.yaml and its letter-* handlers share.</summary>
public static class LetterValues
{
    /// <summary>request (the default), follow-up or complaint.</summary>
    public const string LetterKind = "letterKind";

    /// <summary>A tracked request's id, when the flow is begun for one (follow-up, complaint).</summary>
    public const string RequestId = "requestId";

    /// <summary>own or other.</summary>
    public const string Whose = "whose";
    public const string RepName = "repName";

    /// <summary>parent, guardian, poa or executor.</summary>
    public const string RepRelation = "repRelation";
    public const string RepDocument = "repDocument";

    public const string PatientName = "patientName";

    /// <summary>yyyy-MM-dd.</summary>
    public const string BirthDate = "birthDate";
    public const string Address = "address";
    public const string ContactReply = "contactReply";

    /// <summary>E.164, +15552013344.</summary>
    public const string Phone = "phone";
    public const string Email = "email";
    public const string SsnReply = "ssnReply";
    public const string SsnLastFour = "ssnLast4";

    /// <summary>"yes" once the last-four question was answered (with digits or skipped).</summary>
    public const string SsnAsked = "ssnAsked";

    public const string ProviderCount = "providerCount";
    public const string ProviderPick = "providerPick";
    public const string ProviderId = "providerId";
    public const string ProviderName = "providerName";
    public const string ProviderAddress = "providerAddress";
    public const string ProviderState = "providerState";

    /// <summary>The provider's name before the person chose to change it (a new name means a new address and state).</summary>
    public const string ProviderWas = "providerWas";

    public const string SentOn = "sentOn";
    public const string ReceivedOn = "receivedOn";
    public const string DueOn = "dueOn";

    /// <summary>"yes" when the due date is a written extension's.</summary>
    public const string Extended = "extended";
    public const string WhatHappened = "whatHappened";

    /// <summary>all, parts or dates.</summary>
    public const string RecordsMode = "recordsMode";
    public const string PartsReply = "partsReply";

    /// <summary>Comma-separated <see cref="RecordPart"/> names.</summary>
    public const string RecordParts = "recordParts";
    public const string RecordsFrom = "recordsFrom";
    public const string RecordsTo = "recordsTo";

    /// <summary>pdf, portal, email, paper or cd.</summary>
    public const string Format = "format";
    public const string EmailAck = "emailAck";

    /// <summary>mail, pickup, email or third.</summary>
    public const string Delivery = "delivery";
    public const string ThirdName = "thirdName";
    public const string ThirdWhere = "thirdWhere";

    /// <summary>Comma-separated field ids the person chose to change, asked next before anything else.</summary>
    public const string Editing = "editing";

    /// <summary>Comma-separated field ids in the order the summary numbered them.</summary>
    public const string SummaryFields = "summaryFields";
    public const string Review = "review";

    public const string Request = "request";
    public const string FollowUp = "follow-up";
    public const string Complaint = "complaint";
    public const string Own = "own";
    public const string Other = "other";
    public const string Yes = "yes";

    /// <summary>What the person told about themselves and their choices: kept for their next letter in this conversation.</summary>
    public static IReadOnlyList<string> Person { get; } =
    [
        Whose, RepName, RepRelation, RepDocument, PatientName, BirthDate, Address, Phone, Email, SsnLastFour, SsnAsked,
        RecordsMode, RecordParts, RecordsFrom, RecordsTo, Format, EmailAck, Delivery, ThirdName, ThirdWhere,
    ];

    /// <summary>About one provider and one earlier request: asked again for each letter.</summary>
    public static IReadOnlyList<string> PerLetter { get; } =
        [ProviderId, ProviderName, ProviderAddress, ProviderState, SentOn, ReceivedOn, DueOn, Extended, WhatHappened];

    /// <summary>Working values of the summary and the questions, never kept in a draft.</summary>
    public static IReadOnlyList<string> Transient { get; } =
        [ContactReply, SsnReply, ProviderCount, ProviderPick, ProviderWas, PartsReply, Editing, SummaryFields, Review, RequestId];
}
