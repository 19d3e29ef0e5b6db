using Microsoft.Extensions.Time.Testing;

namespace RecordsBot.Dialogs.Tests.Support;

public static class TestClock
{
    /// <summary>Tuesday 2026-11-24, 9:00 in Chicago.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    public static TimeZoneInfo Chicago { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public static FakeTimeProvider At(DateTimeOffset? now = null) => new(now ?? Now);
}
