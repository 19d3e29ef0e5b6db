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

    /// <exception cref="InvalidDataException">When the file is not a TrueType font with a Unicode cmap (the message names it).</exception>
    public static LetterFace Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        FontCoverage coverage;
        try
        {
            coverage = FontCoverage.Read(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{path} is not a TrueType font letters can use ({e.Message}); reinstall its package or point the setting at another folder.", e);
        }

        return new LetterFace(path, LetterFontResolver.Instance.Register(path, bytes), coverage);
    }
}
