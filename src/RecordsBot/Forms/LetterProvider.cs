namespace RecordsBot.Forms;

/// <summary>Whom the letter goes to. <see cref="State"/> (a two-letter code) picks the state deadline the letter cites;
/// <see cref="SavedProviderId"/> is the entry on the person's saved list it came from, if any.</summary>
public sealed record LetterProvider(string Name, string Address, string? State, long? SavedProviderId);
