namespace RecordsBot.Forms;

/// <summary>Which records: all of them (<see cref="Parts"/> empty) or some parts; over all dates or from/to (either may be open).</summary>
public sealed record RecordsWanted(IReadOnlyList<RecordPart> Parts, DateOnly? From, DateOnly? To)
{
    public bool All => Parts.Count == 0;

    public bool AllDates => From is null && To is null;
}
