namespace RecordsBot.Dialogs.Recognition;

/// <summary>What <see cref="DateRecognizer.Read"/> found: the day, or why there is none.</summary>
public sealed record DateReading(DateOnly? Date, DateProblem Problem);
