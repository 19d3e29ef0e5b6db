namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// A US state from a reply: its USPS code ("TX", "tx", "N.Y."), its name ("new york", "Washington state",
/// "washington dc" → DC), a name inside a short reply ("I live in Ohio"), or a close spelling of the name
/// ("Californa", "Pensylvania": same distance rule as <see cref="ChoiceRecognizer"/>). The 50 states, DC, and
/// PR, GU, VI, AS, MP. Two-letter codes inside a longer reply only count in capitals ("I'm in OH"), so "in", "me",
/// "or", "ok" as words are not read as Indiana, Maine, Oregon or Oklahoma. Null when none or several fit.
/// </summary>
public static class UsStateRecognizer
{
    public static IReadOnlyList<UsState> All { get; } = [];

    public static UsState? Recognize(string text) => throw new NotImplementedException();

    public static UsState? FromCode(string code) => throw new NotImplementedException();
}
