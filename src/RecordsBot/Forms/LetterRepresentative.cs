namespace RecordsBot.Forms;

/// <summary>Someone asking on the patient's behalf: their name, how they are related ("parent", "legal guardian", "agent
/// under a health care power of attorney", "executor") and the document that gives them authority (enclosed).</summary>
public sealed record LetterRepresentative(string Name, string Relationship, string AuthorityDocument);
