namespace RecordsBot.Bench;

/// <summary>One of several values, each with its share of the picks (the bench's seeded, repeatable mixes).</summary>
public static class WeightedPick
{
    public static T Pick<T>(this Random random, params (T Value, double Share)[] choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Share);
        foreach (var (value, share) in choices)
        {
            roll -= share;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
