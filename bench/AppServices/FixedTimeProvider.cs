namespace RecordsBot.Bench.AppServices;

/// <summary>A clock that always says <paramref name="utcNow"/> (the app's <c>TimeProvider</c> in a part that needs a
/// chosen "now"); timestamps for durations stay the real ones.</summary>
public sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
