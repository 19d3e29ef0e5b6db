using System.Buffers.Binary;

namespace RecordsBot.Forms.Pdf;

/// <summary>The characters a TrueType font has glyphs for, read from its <c>cmap</c> table (formats 4 and 12, the
/// Unicode ones Liberation and DejaVu carry).</summary>
public sealed class FontCoverage
{
    private readonly HashSet<int> codePoints;

    private FontCoverage(HashSet<int> codePoints) => this.codePoints = codePoints;

    public int Count => codePoints.Count;

    public bool Has(int codePoint) => codePoints.Contains(codePoint);

    /// <exception cref="InvalidDataException">When the file has no Unicode cmap this reader understands.</exception>
    public static FontCoverage Read(ReadOnlySpan<byte> font)
    {
        var cmap = Table(font, "cmap") ?? throw new InvalidDataException("The font has no cmap table.");
        var table = font[cmap..];
        var count = U16(table, 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var platform = U16(table, record);
            var encoding = U16(table, record + 2);
            var offset = (int)U32(table, record + 4);
            var format = U16(table, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 12)
            {
                format12 ??= offset;
            }
            else if (unicode && format == 4)
            {
                format4 ??= offset;
            }
        }

        var points = new HashSet<int>();
        if (format12 is { } f12)
        {
            ReadFormat12(table[f12..], points);
        }
        else if (format4 is { } f4)
        {
            ReadFormat4(table[f4..], points);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap (format 4 or 12).");
        }

        return new FontCoverage(points);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> sub, HashSet<int> points)
    {
        var segCount = U16(sub, 6) / 2;
        var ends = 14;
        var starts = ends + (segCount * 2) + 2;
        var deltas = starts + (segCount * 2);
        var rangeOffsets = deltas + (segCount * 2);
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(sub, ends + (s * 2)), start = U16(sub, starts + (s * 2));
            var delta = (short)U16(sub, deltas + (s * 2));
            var rangeOffset = U16(sub, rangeOffsets + (s * 2));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    glyph = at + 1 < sub.Length ? U16(sub, at) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    points.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> sub, HashSet<int> points)
    {
        var groups = (int)U32(sub, 12);
        for (var g = 0; g < groups; g++)
        {
            var at = 16 + (g * 12);
            var start = (int)U32(sub, at);
            var end = (int)U32(sub, at + 4);
            var glyph = U32(sub, at + 8);
            for (var c = start; c <= end; c++)
            {
                if (glyph + (uint)(c - start) != 0)
                {
                    points.Add(c);
                }
            }
        }
    }

    private static int? Table(ReadOnlySpan<byte> font, string tag)
    {
        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (i * 16);
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
            {
                return (int)U32(font, record + 8);
            }
        }

        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
