namespace RecordsBot.Reminders;

/// <summary>One check-in the planner wants: its kind (<see cref="CheckInKinds"/>) and when it is due.</summary>
public sealed record PlannedCheckIn(string Kind, DateTime DueUtc);
