using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace RecordsBot.Forms.Pdf;

/// <summary>
/// PDFsharp's font resolver for the whole process (PDFsharp allows one, set once): each font file letters use is
/// registered under a family name of its own ("RecordsBotFont1"), so several apps in one process (tests) with
/// different font folders never mix their fonts.
/// </summary>
public sealed class LetterFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> faces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> families = new(StringComparer.Ordinal);

    private LetterFontResolver()
    {
    }

    public static LetterFontResolver Instance { get; } = new();

    /// <summary>Makes this PDFsharp's font resolver (once per process).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is installed in this process; letters need theirs.");
            }
        }
    }

    /// <summary>The family name to ask PDFsharp for the font in <paramref name="path"/>, with its bytes.</summary>
    public string Register(string path, byte[] bytes)
    {
        lock (Gate)
        {
            if (families.TryGetValue(path, out var known) && faces.TryGetValue(known, out var old) && old.AsSpan().SequenceEqual(bytes))
            {
                return known;
            }

            var family = "RecordsBotFont" + (faces.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            faces[family] = bytes;
            families[path] = family;
            return family;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);
}
