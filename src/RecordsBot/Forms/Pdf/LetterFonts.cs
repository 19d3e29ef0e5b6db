using Microsoft.Extensions.Options;

namespace RecordsBot.Forms.Pdf;

/// <summary>The letter's typefaces, loaded once from the configured folders (checked at start by
/// <see cref="LetterOptionsValidator"/>): Liberation Serif, with DejaVu Serif for characters it lacks.</summary>
public sealed class LetterFonts
{
    public LetterFonts(IOptions<LetterOptions> options)
    {
        LetterFontResolver.Install();
        var files = LetterFontFiles.From(options.Value);
        Regular = LetterFace.Load(files.Regular);
        Bold = LetterFace.Load(files.Bold);
        FallbackRegular = LetterFace.Load(files.FallbackRegular);
        FallbackBold = LetterFace.Load(files.FallbackBold);
    }

    public LetterFace Regular { get; }

    public LetterFace Bold { get; }

    public LetterFace FallbackRegular { get; }

    public LetterFace FallbackBold { get; }

    /// <summary>The face to print <paramref name="codePoint"/> with, or null when no face has it.</summary>
    public LetterFace? For(int codePoint, bool bold)
    {
        var (main, fallback) = bold ? (Bold, FallbackBold) : (Regular, FallbackRegular);
        return main.Coverage.Has(codePoint) ? main : fallback.Coverage.Has(codePoint) ? fallback : null;
    }
}
