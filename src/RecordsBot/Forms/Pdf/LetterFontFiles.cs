using RecordsBot.Forms;

namespace RecordsBot.Forms.Pdf;

/// <summary>The four font files a letter is printed with: Liberation Serif (regular, bold) and, for characters it
/// lacks, DejaVu Serif (regular, bold). Debian file names in the configured folders.</summary>
public sealed record LetterFontFiles(string Regular, string Bold, string FallbackRegular, string FallbackBold)
{
    public static LetterFontFiles From(LetterOptions options) => new(
        Path.Combine(options.LiberationFolder, "LiberationSerif-Regular.ttf"),
        Path.Combine(options.LiberationFolder, "LiberationSerif-Bold.ttf"),
        Path.Combine(options.DejaVuFolder, "DejaVuSerif.ttf"),
        Path.Combine(options.DejaVuFolder, "DejaVuSerif-Bold.ttf"));

    /// <summary>Each file with the setting that names its folder.</summary>
    public IEnumerable<(string Path, string Setting, string Package)> All =>
    [
        (Regular, LetterOptions.Section + ":LiberationFolder", "fonts-liberation"),
        (Bold, LetterOptions.Section + ":LiberationFolder", "fonts-liberation"),
        (FallbackRegular, LetterOptions.Section + ":DejaVuFolder", "fonts-dejavu-core"),
        (FallbackBold, LetterOptions.Section + ":DejaVuFolder", "fonts-dejavu-core"),
    ];
}
