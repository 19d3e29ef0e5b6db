using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Forms;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;
using RecordsBot.Guidance;

namespace RecordsBot.Tests.Forms;

/// <summary>The letter engine outside the app, on the app's real dialogs/ (wording, knowledge, sources) and the
/// machine's real fonts.</summary>
public sealed class LetterKit
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly Lazy<LetterKit> Shared = new(() => new LetterKit());

    private LetterKit()
    {
        var errors = new List<string>();
        Texts = TextCatalog.Load(Dialogs, errors);
        Assert.Empty(errors);
        Knowledge = KnowledgeBase.Load(Dialogs);
        Sources = LetterSources.Load(Dialogs);
        Assert.Empty(Sources.Problems);
        Composer = new LetterComposer(Texts, Knowledge, Sources);
        Fonts = new LetterFonts(Options.Create(new LetterOptions()));
        Renderer = new LetterPdfRenderer(Fonts, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero)));
    }

    public static LetterKit Instance => Shared.Value;

    public TextCatalog Texts { get; }

    public KnowledgeBase Knowledge { get; }

    public LetterSources Sources { get; }

    public LetterFonts Fonts { get; }

    public LetterComposer Composer { get; }

    public LetterPdfRenderer Renderer { get; }

    /// <summary>The letter for <paramref name="request"/>: its document, PDF, and the PDF's text as pdftotext reads it.</summary>
    public (LetterDocument Document, RenderedLetter Pdf, string Text) Make(LetterRequest request)
    {
        var document = Composer.Compose(request);
        var pdf = Renderer.Render(document);
        return (document, pdf, PdfText.PdfToText(pdf.Pdf));
    }

    /// <summary>The citation sources.yaml gives a statement (what the letter must print).</summary>
    public string Cite(string statement) => Sources[statement].Cite;
}
