using RecordsBot.Forms.Storage;
using RecordsBot.Hosting;

namespace RecordsBot.Forms;

/// <summary>
/// <c>GET /l/{token}</c>: the letter's PDF as an attachment, never cached. A token that is not one of ours → 404; a
/// link past its lifetime (or a letter past retention) → 410 Gone. Logs only a hash of the letter id.
/// </summary>
public static partial class LetterDownloadEndpoint
{
    public const string Route = LetterLinks.RoutePrefix + "{token}";

    public static async Task<IResult> HandleAsync(string token, HttpContext http, LetterStore letters, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(LetterDownloadEndpoint).FullName!);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var letter = LetterLinks.IsWellFormed(token) ? await letters.FindByTokenHashAsync(LetterLinks.Hash(token), cancellationToken) : null;
        if (letter is null)
        {
            LogRefused(logger, "unknown");
            return Results.NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now >= letter.LinkExpiresUtc || now >= letter.DeleteAfterUtc)
        {
            LogRefused(logger, "expired");
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        LogDownloaded(logger, PrivacySafe.Hash("letter-" + letter.Id), letter.Kind.ToString());
        return Results.File(letter.Pdf, "application/pdf", letter.FileName);
    }

    [LoggerMessage(EventId = 5110, EventName = "letter_downloaded", Level = LogLevel.Information, Message = "Letter {LetterHash} ({Kind}) downloaded")]
    private static partial void LogDownloaded(ILogger logger, string letterHash, string kind);

    [LoggerMessage(EventId = 5111, EventName = "letter_link_refused", Level = LogLevel.Information, Message = "Letter link refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
