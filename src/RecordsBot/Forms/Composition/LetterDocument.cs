namespace RecordsBot.Forms.Composition;

/// <summary>A composed letter, ready to render to PDF or plain text: its title (the PDF's), the file name to
/// download it as, and its blocks in order.</summary>
public sealed record LetterDocument(LetterKind Kind, string Title, string FileName, IReadOnlyList<LetterBlock> Blocks, string PageLabel);
