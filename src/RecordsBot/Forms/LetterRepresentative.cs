namespace RecordsBot.Forms;

/// <summary>Someone asking on the patient's behalf: their name, how they are related ("parent", "legal guardian", "agent
/// under a health care power of attorney", "executor") and the document that gives them authority (enclosed).
/// Their own address, phone and e-mail are optional: when given, the letter is sent from (and the copy mailed or
/// e-mailed to) them; when not, the patient's are used.</summary>
public sealed record LetterRepresentative(string Name, string Relationship, string AuthorityDocument, string? Address = null, string? Phone = null, string? Email = null);
