namespace RecordsBot.Forms.Flow;

/// <summary>
/// The parts of a letter a person answers, by id (the exits of <c>letter-next</c>, the lines of the summary): which one
/// is still missing, in the order the flow asks, and which ones the summary shows.
/// </summary>
public static class LetterFields
{
    public const string Whose = "whose";
    public const string RepName = "rep-name";
    public const string RepRelation = "rep-relation";
    public const string RepDocument = "rep-document";
    public const string Name = "name";
    public const string Birth = "birth";
    public const string Address = "address";
    public const string Contact = "contact";
    public const string Email = "email";
    public const string Ssn = "ssn";
    public const string Provider = "provider";
    public const string ProviderName = "provider-name";
    public const string ProviderAddress = "provider-address";
    public const string ProviderState = "provider-state";
    public const string Sent = "sent";
    public const string Due = "due";
    public const string WhatHappened = "what-happened";
    public const string Records = "records";
    public const string Parts = "parts";
    public const string Dates = "dates";
    public const string DatesTo = "dates-to";
    public const string Format = "format";
    public const string EmailAck = "email-ack";
    public const string Delivery = "delivery";
    public const string ThirdName = "third-name";
    public const string ThirdWhere = "third-where";
    public const string Summary = "summary";

    /// <summary>Every field the summary may show; each has letter.field.{id}.label and .synonyms.</summary>
    public static IReadOnlyList<string> Editable { get; } =
    [
        Whose, RepName, RepRelation, RepDocument, Name, Birth, Address, Contact, Ssn, Provider, ProviderAddress, ProviderState,
        Sent, Due, WhatHappened, Records, Dates, Format, Delivery, ThirdName, ThirdWhere,
    ];

    /// <summary>The values (<see cref="LetterValues"/>) that hold what the person typed for a field.</summary>
    public static IReadOnlyList<string> ValuesOf(string field) => field switch
    {
        RepName => [LetterValues.RepName],
        RepDocument => [LetterValues.RepDocument],
        Name => [LetterValues.PatientName],
        Address => [LetterValues.Address],
        Contact => [LetterValues.Email],
        Provider => [LetterValues.ProviderName],
        ProviderAddress => [LetterValues.ProviderAddress],
        WhatHappened => [LetterValues.WhatHappened],
        ThirdName => [LetterValues.ThirdName],
        ThirdWhere => [LetterValues.ThirdWhere],
        _ => [],
    };

    public static string LabelKey(string field) => $"letter.field.{field}.label";

    public static string SynonymsKey(string field) => $"letter.field.{field}.synonyms";

    public static string Kind(IReadOnlyDictionary<string, string> values) =>
        values.GetValueOrDefault(LetterValues.LetterKind) is LetterValues.FollowUp or LetterValues.Complaint
            ? values[LetterValues.LetterKind]
            : LetterValues.Request;

    /// <summary>The first field the letter still lacks, in the order the flow asks; null when it has everything.</summary>
    public static string? Missing(IReadOnlyDictionary<string, string> values)
    {
        bool Lacks(string name) => string.IsNullOrWhiteSpace(values.GetValueOrDefault(name));
        bool Is(string name, string value) => values.GetValueOrDefault(name) == value;

        if (Lacks(LetterValues.Whose))
        {
            return Whose;
        }

        if (Is(LetterValues.Whose, LetterValues.Other))
        {
            if (Lacks(LetterValues.RepName))
            {
                return RepName;
            }

            if (Lacks(LetterValues.RepRelation))
            {
                return RepRelation;
            }

            if (Lacks(LetterValues.RepDocument))
            {
                return RepDocument;
            }
        }

        if (Lacks(LetterValues.PatientName))
        {
            return Name;
        }

        if (Lacks(LetterValues.BirthDate))
        {
            return Birth;
        }

        if (Lacks(LetterValues.Address))
        {
            return Address;
        }

        if (Lacks(LetterValues.Phone) && Lacks(LetterValues.Email))
        {
            return Contact;
        }

        if (!Is(LetterValues.SsnAsked, LetterValues.Yes))
        {
            return Ssn;
        }

        if (Lacks(LetterValues.ProviderName))
        {
            return Provider;
        }

        if (Lacks(LetterValues.ProviderAddress))
        {
            return ProviderAddress;
        }

        if (Lacks(LetterValues.ProviderState))
        {
            return ProviderState;
        }

        var kind = Kind(values);
        if (kind != LetterValues.Request)
        {
            if (Lacks(LetterValues.SentOn))
            {
                return Sent;
            }

            if (Lacks(LetterValues.DueOn))
            {
                return Due;
            }

            if (kind == LetterValues.Complaint && Lacks(LetterValues.WhatHappened))
            {
                return WhatHappened;
            }
        }

        if (Lacks(LetterValues.RecordsMode))
        {
            return Records;
        }

        if (Is(LetterValues.RecordsMode, "parts") && Lacks(LetterValues.RecordParts))
        {
            return Parts;
        }

        if (Is(LetterValues.RecordsMode, "dates"))
        {
            if (Lacks(LetterValues.RecordsFrom))
            {
                return Dates;
            }

            if (Lacks(LetterValues.RecordsTo))
            {
                return DatesTo;
            }
        }

        if (Lacks(LetterValues.Format))
        {
            return Format;
        }

        if (Is(LetterValues.Format, "email") && !Is(LetterValues.EmailAck, LetterValues.Yes))
        {
            return EmailAck;
        }

        if (Lacks(LetterValues.Delivery))
        {
            return Delivery;
        }

        if ((Is(LetterValues.Format, "email") || Is(LetterValues.Delivery, "email")) && Lacks(LetterValues.Email))
        {
            return Email;
        }

        if (Is(LetterValues.Delivery, "third"))
        {
            if (Lacks(LetterValues.ThirdName))
            {
                return ThirdName;
            }

            if (Lacks(LetterValues.ThirdWhere))
            {
                return ThirdWhere;
            }
        }

        return null;
    }

    /// <summary>The fields the summary shows for these answers, in order.</summary>
    public static IReadOnlyList<string> Shown(IReadOnlyDictionary<string, string> values)
    {
        var kind = Kind(values);
        var other = values.GetValueOrDefault(LetterValues.Whose) == LetterValues.Other;
        var third = values.GetValueOrDefault(LetterValues.Delivery) == "third";
        return Editable.Where(field => field switch
        {
            RepName or RepRelation or RepDocument => other,
            Sent or Due => kind != LetterValues.Request,
            WhatHappened => kind == LetterValues.Complaint,
            ThirdName or ThirdWhere => third,
            _ => true,
        }).ToList();
    }
}
