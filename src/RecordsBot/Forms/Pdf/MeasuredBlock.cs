namespace RecordsBot.Forms.Pdf;

/// <summary>A block laid out on its own: its lines (offsets from its top), height, the space before it, and whether it
/// must stay on one page or start a page only together with the block after it.</summary>
public sealed record MeasuredBlock(IReadOnlyList<PdfLine> Lines, double Height, double Gap, bool KeepTogether, bool KeepWithNext);
