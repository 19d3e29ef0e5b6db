namespace RecordsBot.Guidance;

/// <summary>A per-page tier of a state's paper-copy cap: pages <see cref="From"/> to <see cref="To"/> (open-ended when null).</summary>
public sealed record FeeTier(int From, int? To, decimal Price);

/// <summary>A state's cap on paper copies: an optional flat amount covering the first pages, then per-page tiers.</summary>
public sealed record FeeSchedule(
    string Who,
    string What,
    decimal? BaseAmount,
    int BasePages,
    IReadOnlyList<FeeTier> PerPage,
    string? AsOf,
    string? Note,
    string Citation,
    bool Unsure)
{
    /// <summary>The most this schedule allows for <paramref name="pages"/> pages (postage and other charges aside).</summary>
    public decimal CapFor(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        if (pages == 0)
        {
            return 0m;
        }

        var total = BaseAmount ?? 0m;
        foreach (var tier in PerPage)
        {
            var first = Math.Max(tier.From, BaseAmount is null ? 1 : BasePages + 1);
            var last = Math.Min(tier.To ?? int.MaxValue, pages);
            if (last >= first)
            {
                total += (last - first + 1) * tier.Price;
            }
        }

        return total;
    }
}
