using System.Globalization;

namespace RecordsBot.Forms.Flow;

/// <summary>
/// The flow's values, as the person confirmed them in the summary, as a <see cref="LetterRequest"/> (a phone number as people
/// write it: (555) 201-3344). Texts stay as
/// typed. <c>relationText</c> gives the words the letter uses for a representative's relationship (by its choice value).
/// </summary>
public static class LetterRequestMapper
{
    public static LetterRequest Map(IReadOnlyDictionary<string, string> values, DateOnly today, Func<string, string> relationText)
    {
        if (LetterFields.Missing(values) is { } missing)
        {
            throw new InvalidOperationException($"The letter still lacks '{missing}'.");
        }

        string? Optional(string name) => string.IsNullOrWhiteSpace(values.GetValueOrDefault(name)) ? null : values[name].Trim();
        string Required(string name) => Optional(name) ?? throw new InvalidOperationException($"The letter lacks '{name}'.");
        DateOnly? OptionalDate(string name) => Optional(name) is { } text ? Date(text) : null;

        var kind = LetterFields.Kind(values) switch
        {
            LetterValues.FollowUp => LetterKind.FollowUp,
            LetterValues.Complaint => LetterKind.Complaint,
            _ => LetterKind.Request,
        };
        var patient = new LetterPatient(Required(LetterValues.PatientName), Date(Required(LetterValues.BirthDate)), Required(LetterValues.Address),
            Optional(LetterValues.Phone) is { } phone ? LetterContact.ShowPhone(phone) : null, Optional(LetterValues.Email), Optional(LetterValues.SsnLastFour));
        var provider = new LetterProvider(Required(LetterValues.ProviderName), Required(LetterValues.ProviderAddress), Optional(LetterValues.ProviderState),
            long.TryParse(Optional(LetterValues.ProviderId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null);
        var mode = Optional(LetterValues.RecordsMode);
        var records = new RecordsWanted(
            mode == "parts" ? Parts(Required(LetterValues.RecordParts)) : [],
            mode == "dates" ? OptionalDate(LetterValues.RecordsFrom) : null,
            mode == "dates" ? OptionalDate(LetterValues.RecordsTo) : null);
        var format = Required(LetterValues.Format) switch
        {
            "portal" => CopyFormat.Portal,
            "email" => CopyFormat.Email,
            "paper" => CopyFormat.Paper,
            "cd" => CopyFormat.CdOrUsb,
            _ => CopyFormat.ElectronicPdf,
        };
        var delivery = format == CopyFormat.Email ? CopyDelivery.Email : Required(LetterValues.Delivery) switch
        {
            "pickup" => CopyDelivery.PickUp,
            "email" => CopyDelivery.Email,
            "third" => CopyDelivery.ThirdParty,
            _ => CopyDelivery.Mail,
        };
        var third = delivery == CopyDelivery.ThirdParty ? new ThirdPartyRecipient(Required(LetterValues.ThirdName), Required(LetterValues.ThirdWhere)) : null;
        var representative = Optional(LetterValues.Whose) == LetterValues.Other
            ? new LetterRepresentative(Required(LetterValues.RepName), relationText(Required(LetterValues.RepRelation)), Required(LetterValues.RepDocument))
            : null;
        var prior = kind == LetterKind.Request
            ? null
            : new PriorRequest(Date(Required(LetterValues.SentOn)), OptionalDate(LetterValues.ReceivedOn), Date(Required(LetterValues.DueOn)),
                Optional(LetterValues.Extended) == LetterValues.Yes, Optional(LetterValues.WhatHappened));
        var acceptsEmail = (format == CopyFormat.Email || delivery == CopyDelivery.Email) && Optional(LetterValues.EmailAck) == LetterValues.Yes;
        return new LetterRequest(kind, today, patient, provider, records, format, delivery, third, representative, acceptsEmail, prior);
    }

    /// <summary>The parts as stored in <see cref="LetterValues.RecordParts"/>: their names, comma-separated, in order.</summary>
    public static string Store(IEnumerable<RecordPart> parts) => string.Join(",", parts.Distinct().Order());

    public static IReadOnlyList<RecordPart> Parts(string stored) =>
        stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Enum.TryParse<RecordPart>(p, out var part) ? part : throw new InvalidOperationException($"Unknown record part '{p}'."))
            .ToList();

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
