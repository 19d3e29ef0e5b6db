namespace RecordsBot.Forms.Composition;

/// <summary>A composed letter, ready to render to PDF or plain text: its title (the PDF's), the file name to download
/// it as, its blocks in order, the page label ("Page {page} of {pages}") and the line that heads every page after the
/// first (whose records these are, for pages that get separated).</summary>
public sealed record LetterDocument(LetterKind Kind, string Title, string FileName, IReadOnlyList<LetterBlock> Blocks, string PageLabel, string RunningHead);
