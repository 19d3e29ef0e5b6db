using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace RecordsBot.Forms.Pdf;

/// <summary>One font file as letters use it: the PDFsharp family registered for it and the characters it has.</summary>
public sealed class LetterFace(string path, string family, FontCoverage coverage)
{
    public string Path { get; } = path;

    public FontCoverage Coverage { get; } = coverage;

    /// <summary>The font at <paramref name="size"/> points, embedded as a Unicode subset (text stays searchable).</summary>
    public XFont At(double size) => new(family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public static LetterFace Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new LetterFace(path, LetterFontResolver.Instance.Register(path, bytes), FontCoverage.Read(bytes));
    }
}
