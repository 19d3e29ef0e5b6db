using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Forms.Composition;

namespace RecordsBot.Forms.Pdf;

/// <summary>
/// Prints a <see cref="LetterDocument"/> on US Letter pages (612 x 792 points, one-inch margins) in Liberation Serif:
/// text wrapped to the margins (a word longer than a line is broken), pages broken where they fill (a heading never
/// ends a page, signature lines stay together), "Page N of M" at the foot. Each character is printed with the first
/// font that has it (DejaVu Serif after Liberation); when none has it, <see cref="LetterRenderException"/> names the
/// characters. Text is drawn as glyphs, so anything that looks like markup or PDF syntax prints as typed. The PDF's
/// dates come from the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class LetterPdfRenderer(LetterFonts fonts, TimeProvider time)
{
    public const double PageWidth = 612;
    public const double PageHeight = 792;
    private const double Margin = 72;
    private const double Bottom = PageHeight - Margin;
    private const double BodySize = 11;
    private const double Leading = 1.3;
    private const double BlockGap = 9;
    private const double BulletIndent = 16;
    private const double SignatureRule = 260;

    // PDFsharp's font caches are process-wide; letters are printed one at a time (one takes tens of milliseconds).
    private static readonly Lock Printing = new();

    public RenderedLetter Render(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        CheckGlyphs(letter);
        lock (Printing)
        {
            return Print(letter);
        }
    }

    private RenderedLetter Print(LetterDocument letter)
    {
        var measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var pages = Layout(letter, measure);

        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Creator = "RecordsBot";
        document.Info.CreationDate = time.GetUtcNow().UtcDateTime;
        document.Info.ModificationDate = document.Info.CreationDate;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var line in pages[i])
            {
                if (line.RuleWidth > 0)
                {
                    gfx.DrawLine(new XPen(XColors.Black, 0.6), line.X, line.Y, line.X + line.RuleWidth, line.Y);
                }
                else
                {
                    Draw(gfx, line.Text, line.X, line.Y, line.Bold, line.Size);
                }
            }

            if (i > 0)
            {
                Draw(gfx, letter.RunningHead, Margin, 40, false, 9);
            }

            var label = TextCatalog.Fill(letter.PageLabel, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["page"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["pages"] = pages.Count.ToString(CultureInfo.InvariantCulture),
            });
            var width = Width(gfx, label, false, 9);
            Draw(gfx, label, (PageWidth - width) / 2, PageHeight - 44, false, 9);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return new RenderedLetter(stream.ToArray(), pages.Count);
    }

    /// <summary>Throws when a character of the letter is in none of its fonts, naming each such character once.</summary>
    private void CheckGlyphs(LetterDocument letter)
    {
        var missing = Unprintable(letter.Blocks.SelectMany(b => b.Lines.Concat(b.Values ?? [])).Append(letter.PageLabel).Append(letter.RunningHead));
        if (missing.Count > 0)
        {
            throw GlyphsMissing(missing, null);
        }
    }

    /// <summary>The characters of <paramref name="texts"/> no letter font has (in regular and bold), each once, in order.</summary>
    public IReadOnlyList<string> Unprintable(IEnumerable<string?> texts)
    {
        var missing = new List<string>();
        foreach (var text in texts)
        {
            foreach (var rune in (text ?? string.Empty).EnumerateRunes())
            {
                if (rune.Value is '\n' or ' ' || char.IsControl((char)Math.Min(rune.Value, 0xFFFF)) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
                {
                    continue;
                }

                if ((fonts.For(rune.Value, bold: false) is null || fonts.For(rune.Value, bold: true) is null) && !missing.Contains(rune.ToString()))
                {
                    missing.Add(rune.ToString());
                }
            }
        }

        return missing;
    }

    /// <summary>The exception that tells the person which characters to change (and in which answer, when known).
    /// Its detail names code points only, never the characters.</summary>
    public static LetterRenderException GlyphsMissing(IReadOnlyList<string> missing, string? field)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [LetterFieldNames.Characters] = string.Join(" ", missing) };
        if (field is not null)
        {
            values[LetterFieldNames.Field] = field;
        }

        return new LetterRenderException(
            FormsTextKeys.ErrorGlyphs,
            $"{missing.Count} character(s) in no letter font: {string.Join(", ", missing.Select(c => "U+" + char.ConvertToUtf32(c, 0).ToString("X4", CultureInfo.InvariantCulture)))}",
            values);
    }

    private List<List<PdfLine>> Layout(LetterDocument letter, XGraphics measure)
    {
        var blocks = letter.Blocks.Select((b, i) => Measure(measure, b, i + 1 < letter.Blocks.Count ? letter.Blocks[i + 1] : null)).ToList();
        const double TwoLines = BodySize * Leading * 2;

        // The height a block needs on the page it starts on: all of it when it stays together, itself and the start of
        // what follows when it keeps with the next (a heading), else its first two lines.
        double Start(int i) => i >= blocks.Count ? 0
            : blocks[i].KeepTogether ? blocks[i].Height
            : blocks[i].KeepWithNext ? blocks[i].Height + (i + 1 < blocks.Count ? blocks[i + 1].Gap + Start(i + 1) : 0)
            : Math.Min(blocks[i].Height, TwoLines);

        var pages = new List<List<PdfLine>> { new() };
        var y = Margin;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var gap = i == 0 || y <= Margin ? 0 : block.Gap;
            var need = Start(i);
            if (y > Margin && y + gap + need > Bottom && need <= Bottom - Margin)
            {
                pages.Add([]);
                y = Margin;
                gap = 0;
            }

            y += gap;
            foreach (var line in block.Lines)
            {
                if (y + line.Y + (line.RuleWidth > 0 ? 0 : line.Size * Leading) > Bottom)
                {
                    // The block goes on over the page: the rest of it from the top of a new one.
                    pages.Add([]);
                    y = Margin - line.Y;
                }

                pages[^1].Add(line with { Y = y + line.Y });
            }

            y += block.Height;
        }

        return pages;
    }

    /// <summary>A block's lines at their offsets from its top, its height, the space before it and how it may break.</summary>
    private MeasuredBlock Measure(XGraphics measure, LetterBlock block, LetterBlock? next)
    {
        var width = PageWidth - (2 * Margin);
        var lines = new List<PdfLine>();
        double h = 0;
        void Put(string text, double x, bool bold, double size)
        {
            lines.Add(new PdfLine(text, x, h, bold, size));
            h += size * Leading;
        }

        void Wrapped(IEnumerable<string> texts, bool bold, double size)
        {
            foreach (var l in texts.SelectMany(t => Wrap(measure, t, bold, size, width)))
            {
                Put(l, Margin, bold, size);
            }
        }

        switch (block.Kind)
        {
            case LetterBlockKind.Banner:
                Wrapped(block.Lines, true, 13);
                break;
            case LetterBlockKind.Subject:
            case LetterBlockKind.Heading:
                Wrapped(block.Lines, true, BodySize);
                break;
            case LetterBlockKind.Lines:
            case LetterBlockKind.Paragraph:
                Wrapped(block.Lines, false, BodySize);
                break;
            case LetterBlockKind.List:
                foreach (var item in block.Lines)
                {
                    lines.Add(new PdfLine("\u2022", Margin + 4, h, false, BodySize));
                    foreach (var l in Wrap(measure, item, false, BodySize, width - BulletIndent))
                    {
                        Put(l, Margin + BulletIndent, false, BodySize);
                    }
                }

                break;
            case LetterBlockKind.Fields:
                var values = block.Values ?? [];
                var labelWidth = block.Lines.Select(l => Width(measure, l + ":", true, BodySize)).DefaultIfEmpty(0).Max() + 10;
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    lines.Add(new PdfLine(block.Lines[i] + ":", Margin, h, true, BodySize));
                    var wrapped = Wrap(measure, i < values.Count ? values[i] : string.Empty, false, BodySize, width - labelWidth);
                    foreach (var l in wrapped.DefaultIfEmpty(string.Empty))
                    {
                        Put(l, Margin + labelWidth, false, BodySize);
                    }
                }

                break;
            case LetterBlockKind.Signature:
                foreach (var label in block.Lines)
                {
                    h += 30;
                    lines.Add(new PdfLine(string.Empty, Margin, h, false, BodySize, SignatureRule));
                    h += 3;
                    foreach (var l in Wrap(measure, label, false, 9, SignatureRule))
                    {
                        Put(l, Margin, false, 9);
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.Kind, "Unknown block kind.");
        }

        var gap = block.Kind switch
        {
            LetterBlockKind.Heading => BlockGap + 6,
            LetterBlockKind.Lines or LetterBlockKind.Subject => BlockGap + 4,
            _ => BlockGap,
        };

        // A heading, a lead-in line ("These parts of the record:") before a list, or the sign-off before the signature
        // lines, starts a page only with what follows.
        var keepWithNext = block.Kind is LetterBlockKind.Heading or LetterBlockKind.Banner
            || (block.Kind == LetterBlockKind.Paragraph && next?.Kind == LetterBlockKind.Signature)
            || (block.Kind == LetterBlockKind.Paragraph && block.Lines.Count == 1 && block.Lines[0].EndsWith(':') && next?.Kind == LetterBlockKind.List);
        var keepTogether = block.Kind is LetterBlockKind.Signature or LetterBlockKind.Lines or LetterBlockKind.Subject or LetterBlockKind.Fields;
        return new MeasuredBlock(lines, h, gap, keepTogether, keepWithNext);
    }

    /// <summary>The lines <paramref name="text"/> wraps to within <paramref name="maxWidth"/>: at spaces, keeping the
    /// person's own line breaks, breaking a word that is longer than a line.</summary>
    private List<string> Wrap(XGraphics measure, string text, bool bold, double size, double maxWidth)
    {
        // A line's width is kept as the sum of its words and spaces (widths add up: no kerning), so each word is
        // measured once rather than the whole line again at every word, which made wrapping quadratic.
        var space = Width(measure, " ", bold, size);
        var result = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Width(measure, word, bold, size);
                var candidateWidth = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidateWidth <= maxWidth)
                {
                    (line.Length == 0 ? line : line.Append(' ')).Append(word);
                    lineWidth = candidateWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    result.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                var restWidth = wordWidth;
                while (restWidth > maxWidth)
                {
                    var cut = Fit(measure, rest, bold, size, maxWidth);
                    result.Add(rest[..cut]);
                    rest = rest[cut..];
                    restWidth = Width(measure, rest, bold, size);
                }

                line.Append(rest);
                lineWidth = restWidth;
            }

            if (line.Length > 0)
            {
                result.Add(line.ToString());
            }
        }

        return result;
    }

    /// <summary>How many chars of <paramref name="word"/> fit (at least one character, never half a surrogate pair).</summary>
    private int Fit(XGraphics measure, string word, bool bold, double size, double maxWidth)
    {
        var cut = 0;
        var e = StringInfo.GetTextElementEnumerator(word);
        while (e.MoveNext())
        {
            var end = e.ElementIndex + ((string)e.Current).Length;
            if (cut > 0 && Width(measure, word[..end], bold, size) > maxWidth)
            {
                break;
            }

            cut = end;
        }

        return cut;
    }

    /// <summary>The width of <paramref name="text"/> printed in runs of the font that has each character.</summary>
    private double Width(XGraphics gfx, string text, bool bold, double size) =>
        Runs(text, bold).Sum(r => gfx.MeasureString(r.Text, r.Face.At(size)).Width);

    private void Draw(XGraphics gfx, string text, double x, double y, bool bold, double size)
    {
        foreach (var (run, face) in Runs(text, bold))
        {
            var font = face.At(size);
            gfx.DrawString(run, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
            x += gfx.MeasureString(run, font).Width;
        }
    }

    private IEnumerable<(string Text, LetterFace Face)> Runs(string text, bool bold)
    {
        var run = new StringBuilder();
        LetterFace? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = fonts.For(rune.Value, bold) ?? (bold ? fonts.Bold : fonts.Regular);
            if (current is not null && face != current)
            {
                yield return (run.ToString(), current);
                run.Clear();
            }

            current = face;
            run.Append(rune.ToString());
        }

        if (current is not null && run.Length > 0)
        {
            yield return (run.ToString(), current);
        }
    }
}
