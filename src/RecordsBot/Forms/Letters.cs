using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;
using RecordsBot.Forms.Storage;
using RecordsBot.Hosting;
using RecordsBot.Privacy;

namespace RecordsBot.Forms;

/// <summary>
/// <see cref="ILetters"/>: composes the letter (<see cref="LetterComposer"/>), prints it (<see cref="LetterPdfRenderer"/>)
/// and as plain text, stores the PDF for the person of the turn and returns a download link that expires.
/// </summary>
public sealed partial class Letters(
    LetterComposer composer,
    LetterPdfRenderer renderer,
    LetterStore store,
    LetterLinks links,
    TimeProvider time,
    IOptions<LetterOptions> options,
    ILogger<Letters> logger) : ILetters
{
    public async Task<LetterHandle> CreateAsync(ITurnContext turn, LetterRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        LetterDocument document;
        RenderedLetter rendered;
        try
        {
            // Say which answer holds a character no font has, so the person is asked for that one again.
            var typed = LetterFieldNames.Typed(request).ToList();
            var missing = renderer.Unprintable(typed.Select(t => t.Text));
            if (missing.Count > 0)
            {
                var field = typed.First(t => renderer.Unprintable([t.Text]).Count > 0).Field;
                throw LetterPdfRenderer.GlyphsMissing(missing, field);
            }

            document = composer.Compose(request);
            rendered = renderer.Render(document);
        }
        catch (LetterRenderException e)
        {
            LogRefused(logger, request.Kind.ToString(), e.TextKey);
            throw;
        }

        var token = LetterLinks.NewToken();
        var now = time.GetUtcNow();
        var linkExpires = now + options.Value.LinkLifetime;
        var stored = await store.SaveAsync(PersonRef.Of(turn), new StoredLetter
        {
            OwnerKey = string.Empty,
            TokenHash = LetterLinks.Hash(token),
            Kind = request.Kind,
            FileName = document.FileName,
            Pdf = rendered.Pdf,
            PageCount = rendered.PageCount,
            CreatedUtc = now.UtcDateTime,
            LinkExpiresUtc = linkExpires.UtcDateTime,
            DeleteAfterUtc = now.AddDays(options.Value.RetentionDays).UtcDateTime,
        }, cancellationToken);

        var id = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        LogCreated(logger, request.Kind.ToString(), rendered.PageCount, rendered.Pdf.Length, PrivacySafe.Hash("letter-" + id));
        return new LetterHandle(id, links.Url(token), document.FileName, rendered.PageCount, linkExpires, composer.PlainText(document));
    }

    [LoggerMessage(EventId = 5100, EventName = "letter_created", Level = LogLevel.Information, Message = "Letter {Kind} made: {Pages} page(s), {Bytes} bytes, {LetterHash}")]
    private static partial void LogCreated(ILogger logger, string kind, int pages, int bytes, string letterHash);

    [LoggerMessage(EventId = 5103, EventName = "letter_refused", Level = LogLevel.Information, Message = "Letter {Kind} not made: {TextKey}")]
    private static partial void LogRefused(ILogger logger, string kind, string textKey);
}
