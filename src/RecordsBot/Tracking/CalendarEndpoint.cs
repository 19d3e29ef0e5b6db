using System.Text;
using RecordsBot.Bot;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Tracking;

/// <summary>
/// <c>GET /calendar/{token}</c>: a tracked request's current due date as an .ics file (<see cref="CalendarFile"/>),
/// for a link <see cref="CalendarLinks"/> made. A forged, changed or expired token, or one for a request deleted since,
/// gets 404 and says nothing about why.
/// </summary>
public static class CalendarEndpoint
{
    public static async Task<IResult> HandleAsync(string token, CalendarLinks links, TrackedRequests requests, BotTexts texts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not var (id, _)
            || await requests.FindForLinkAsync(id, cancellationToken) is not var (ownerKey, request)
            || !await links.VerifyAsync(token, ownerKey, cancellationToken)
            || request.CurrentDueOn is not { } due)
        {
            return Results.NotFound();
        }

        var summary = TextCatalog.Fill(texts.Catalog.Get(TrackingTextKeys.CalendarSummary, null), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = request.Details.ProviderName,
        });
        var ics = CalendarFile.Write(request.Id, due, summary, time.GetUtcNow());
        return Results.File(Encoding.UTF8.GetBytes(ics), CalendarFile.ContentType, "records-due.ics");
    }
}
