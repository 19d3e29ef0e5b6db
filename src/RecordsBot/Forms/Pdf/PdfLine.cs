namespace RecordsBot.Forms.Pdf;

/// <summary>One laid-out line: its text at (<see cref="X"/>, <see cref="Y"/>) from the page's top left, in points;
/// or, with <see cref="RuleWidth"/>, a rule to sign on.</summary>
public sealed record PdfLine(string Text, double X, double Y, bool Bold, double Size, double RuleWidth = 0);
