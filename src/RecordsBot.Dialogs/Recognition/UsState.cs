namespace RecordsBot.Dialogs.Recognition;

/// <summary>A US state, the District of Columbia or a territory: its USPS code and its name.</summary>
public sealed record UsState(string Code, string Name);
