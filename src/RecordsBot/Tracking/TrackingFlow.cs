using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Tracking;

/// <summary>What the tracking-* handlers share: the person, their today, and how requests map to flow values.</summary>
public static class TrackingFlow
{
    public static PersonRef Person(FlowHandlerContext context) => PersonRef.Of(context.Dialog.Context);

    public static DateOnly Today(FlowHandlerContext context) => context.Dialog.Environment.TodayFor(context.Dialog.Context);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static long? Id(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A place on a list shown (1-based), when <paramref name="text"/> is a whole number in 1..<paramref name="count"/>.</summary>
    public static int? Place(string? text, int count) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) && n >= 1 && n <= count
            ? (int)n
            : null;

    /// <summary>A status as flows write it: <c>received-full</c> for <see cref="RequestStatus.ReceivedInFull"/>.</summary>
    public static string StatusValue(RequestStatus status) => status switch
    {
        RequestStatus.ReceivedInFull => "received-full",
        RequestStatus.ReceivedInPart => "received-part",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static RequestStatus? Status(string? value) =>
        Enum.GetValues<RequestStatus>().Cast<RequestStatus?>().FirstOrDefault(s => StatusValue(s!.Value) == value);

    /// <summary>A method as flows write it: <c>in-person</c> for <see cref="RequestMethod.InPerson"/>.</summary>
    public static string MethodValue(RequestMethod method) => method == RequestMethod.InPerson ? "in-person" : method.ToString().ToLowerInvariant();

    public static RequestMethod? Method(string? value) =>
        Enum.GetValues<RequestMethod>().Cast<RequestMethod?>().FirstOrDefault(m => MethodValue(m!.Value) == value);

    /// <summary>Whether the request is open and its current due date (the extension's, if any) has passed.</summary>
    public static bool IsOverdue(TrackedRequest request, DateOnly today) => request.IsOpen && request.CurrentDueOn is { } due && due < today;

    /// <summary>Puts what the flows say about <paramref name="request"/> into the values.</summary>
    public static void Use(FlowHandlerContext context, TrackedRequest request)
    {
        var values = context.Values;
        var d = request.Details;
        values.Remove(TrackingValues.First);
        values[TrackingValues.RequestId] = request.Id.ToString(CultureInfo.InvariantCulture);
        values[TrackingValues.Provider] = d.ProviderName;
        values[TrackingValues.Status] = StatusValue(d.Status);
        Set(values, TrackingValues.ProviderState, d.ProviderState);
        Set(values, TrackingValues.DueOn, request.CurrentDueOn is { } due ? Iso(due) : null);
        Set(values, TrackingValues.SentOn, d.SentOn is { } sent ? Iso(sent) : null);
        Set(values, TrackingValues.ReceivedOn, d.ReceivedOn is { } received ? Iso(received) : null);
    }

    /// <summary>Forgets the request in progress, before another is added.</summary>
    public static void Forget(FlowHandlerContext context)
    {
        foreach (var name in new[]
        {
            TrackingValues.RequestId, TrackingValues.ProviderId, TrackingValues.Provider, TrackingValues.ProviderState, TrackingValues.Method,
            TrackingValues.Status, TrackingValues.SentOn, TrackingValues.ReceivedOn, TrackingValues.DueOn, TrackingValues.Update, TrackingValues.Number,
        })
        {
            context.Values.Remove(name);
        }
    }

    private static void Set(Dictionary<string, string> values, string name, string? value)
    {
        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }
    }
}
