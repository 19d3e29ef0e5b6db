namespace RecordsBot.Forms.Flow;

/// <summary>The last four digits of a Social Security number in a reply ("1234", "last four 1234", "xxx-xx-1234").</summary>
public static class LetterSsn
{
    public static string? LastFour(string reply)
    {
        var digits = new string([.. reply.Where(char.IsAsciiDigit)]);
        return digits.Length == 4 ? digits : null;
    }
}
