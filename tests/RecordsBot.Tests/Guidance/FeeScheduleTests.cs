using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

public sealed class FeeScheduleTests
{
    private static FeeSchedule Schedule(decimal? baseAmount, int basePages, params FeeTier[] tiers) =>
        new("Doctors", "paper copies", baseAmount, basePages, tiers, null, null, "citation", false);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "25.00")]
    [InlineData(20, "25.00")]
    [InlineData(21, "25.50")]
    [InlineData(40, "35.00")]
    public void A_flat_amount_covers_the_first_pages_then_each_page_adds(int pages, string cap) =>
        Assert.Equal(decimal.Parse(cap), Schedule(25m, 20, new FeeTier(21, null, 0.50m)).CapFor(pages));

    [Theory]
    [InlineData(10, "13.00")]   // 10 x 1.30
    [InlineData(25, "32.50")]
    [InlineData(30, "36.85")]   // 32.50 + 5 x 0.87
    [InlineData(60, "58.55")]   // 32.50 + 25 x 0.87 + 10 x 0.43
    public void Tiers_charge_each_page_at_the_rate_of_its_tier(int pages, string cap) =>
        Assert.Equal(decimal.Parse(cap), Schedule(null, 0, new FeeTier(1, 25, 1.30m), new FeeTier(26, 50, 0.87m), new FeeTier(51, null, 0.43m)).CapFor(pages));
}
