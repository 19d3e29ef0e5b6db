namespace RecordsBot.Forms;

/// <summary>The person whose records are asked for. Never a full Social Security number: at most its last four digits.</summary>
public sealed record LetterPatient(string FullName, DateOnly BirthDate, string Address, string? Phone, string? Email, string? SsnLastFour);
