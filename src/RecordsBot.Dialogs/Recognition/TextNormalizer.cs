namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// One normal form for comparing what people type: lower case, accents removed (NFD, drop non-spacing marks),
/// typographic quotes made plain, every run of characters that are not letters, digits or apostrophes made one
/// space, apostrophes dropped ("don't" → "dont"), trimmed.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => throw new NotImplementedException();

    /// <summary>The words of <see cref="Normalize"/>.</summary>
    public static IReadOnlyList<string> Words(string text) => throw new NotImplementedException();
}
