namespace RecordsBot.Forms;

/// <summary>A letter that was made and stored for the person: its id, a download link that expires (unguessable, signed),
/// its file name and page count, and the plain-text rendering (for SMS and e-mail bodies).</summary>
public sealed record LetterHandle(string Id, Uri DownloadUrl, string FileName, int PageCount, DateTimeOffset ExpiresAt, string PlainText);
