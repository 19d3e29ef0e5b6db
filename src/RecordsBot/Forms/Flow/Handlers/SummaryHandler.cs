using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-summary</c>: says every answer the letter will use, one numbered line each, and sets
/// <c>summaryFields</c> (the field of each number) for the reply that follows.</summary>
public sealed class SummaryHandler : IFlowHandler
{
    public const string HandlerName = "letter-summary";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var dc = context.Dialog;
        var texts = dc.Environment.Texts;
        var fields = LetterFields.Shown(values);
        var lines = fields.Select((field, i) => texts.Get(LetterTextKeys.SummaryLine, dc.ChannelId, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["label"] = LetterFlow.Text(context, LetterFields.LabelKey(field)),
            ["value"] = Show(context, field),
        }));
        var text = texts.Get(LetterTextKeys.SummaryHeading, dc.ChannelId) + "\n\n" + string.Join("\n", lines);
        await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, text), cancellationToken);
        values[LetterValues.SummaryFields] = string.Join(",", fields);
        return null;
    }

    /// <summary>How one answer reads in the summary.</summary>
    public static string Show(FlowHandlerContext context, string field)
    {
        var values = context.Values;
        string Value(string name) => values.GetValueOrDefault(name) is { Length: > 0 } v ? v : LetterFlow.Text(context, LetterTextKeys.SummaryNone);
        string Date(string name) => values.GetValueOrDefault(name) is { Length: > 0 } v ? LetterFlow.ShowDate(v) : Value(name);
        string Label(Func<string, string> key, string name) => values.GetValueOrDefault(name) is { Length: > 0 } v ? LetterFlow.Text(context, key(v)) : Value(name);

        switch (field)
        {
            case LetterFields.Whose:
                return Label(LetterTextKeys.WhoseLabel, LetterValues.Whose);
            case LetterFields.RepName:
                return Value(LetterValues.RepName);
            case LetterFields.RepRelation:
                return Label(LetterTextKeys.RelationLabel, LetterValues.RepRelation);
            case LetterFields.RepDocument:
                return Value(LetterValues.RepDocument);
            case LetterFields.Name:
                return Value(LetterValues.PatientName);
            case LetterFields.Birth:
                return Date(LetterValues.BirthDate);
            case LetterFields.Address:
                return Value(LetterValues.Address);
            case LetterFields.Contact:
                var contact = new[] { values.GetValueOrDefault(LetterValues.Phone) is { } phone ? LetterContact.ShowPhone(phone) : null, values.GetValueOrDefault(LetterValues.Email) }.OfType<string>().ToList();
                return contact.Count == 0 ? Value(LetterValues.Phone) : string.Join("; ", contact);
            case LetterFields.Ssn:
                return Value(LetterValues.SsnLastFour);
            case LetterFields.Provider:
                return Value(LetterValues.ProviderName);
            case LetterFields.ProviderAddress:
                return Value(LetterValues.ProviderAddress);
            case LetterFields.ProviderState:
                return values.GetValueOrDefault(LetterValues.ProviderState) is { } code && UsStateRecognizer.FromCode(code) is { } state ? state.Name : Value(LetterValues.ProviderState);
            case LetterFields.Sent:
                return Date(LetterValues.SentOn);
            case LetterFields.Due:
                return Date(LetterValues.DueOn);
            case LetterFields.WhatHappened:
                return Value(LetterValues.WhatHappened);
            case LetterFields.Records:
                return values.GetValueOrDefault(LetterValues.RecordsMode) == "parts" && values.GetValueOrDefault(LetterValues.RecordParts) is { } parts
                    ? string.Join(", ", LetterRequestMapper.Parts(parts).Select(p => LetterFlow.Text(context, LetterTextKeys.PartLabel(p))))
                    : LetterFlow.Text(context, LetterTextKeys.RecordsLabel("all"));
            case LetterFields.Dates:
                if (values.GetValueOrDefault(LetterValues.RecordsMode) != "dates")
                {
                    return LetterFlow.Text(context, LetterTextKeys.SummaryAllDates);
                }

                var range = new List<string>();
                if (values.GetValueOrDefault(LetterValues.RecordsFrom) is { } from)
                {
                    range.Add(LetterFlow.Text(context, LetterTextKeys.SummaryFrom, new Dictionary<string, string> { ["from"] = LetterFlow.ShowDate(from) }));
                }

                if (values.GetValueOrDefault(LetterValues.RecordsTo) is { } to)
                {
                    range.Add(LetterFlow.Text(context, LetterTextKeys.SummaryTo, new Dictionary<string, string> { ["to"] = LetterFlow.ShowDate(to) }));
                }

                return range.Count == 0 ? LetterFlow.Text(context, LetterTextKeys.SummaryAllDates) : string.Join(" ", range);
            case LetterFields.Format:
                var format = Label(LetterTextKeys.FormatLabel, LetterValues.Format);
                return values.GetValueOrDefault(LetterValues.Format) == "email" && values.GetValueOrDefault(LetterValues.EmailAck) == LetterValues.Yes
                    ? LetterFlow.Text(context, LetterTextKeys.SummaryAccepts, new Dictionary<string, string> { ["format"] = format })
                    : format;
            case LetterFields.Delivery:
                return Label(LetterTextKeys.DeliveryLabel, LetterValues.Delivery);
            case LetterFields.ThirdName:
                return Value(LetterValues.ThirdName);
            case LetterFields.ThirdWhere:
                return Value(LetterValues.ThirdWhere);
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of the summary.");
        }
    }
}
