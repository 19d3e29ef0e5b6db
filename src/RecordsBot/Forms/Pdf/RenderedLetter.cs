namespace RecordsBot.Forms.Pdf;

/// <summary>A letter's PDF bytes and page count.</summary>
public sealed record RenderedLetter(byte[] Pdf, int PageCount);
