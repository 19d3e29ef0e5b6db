using Microsoft.Extensions.Options;

namespace RecordsBot.Tracking;

/// <summary>Checks <see cref="TrackingOptions"/> at start, naming the setting to fix.</summary>
public sealed class TrackingOptionsValidator : IValidateOptions<TrackingOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackingOptions options)
    {
        var errors = new List<string>();
        if (options.CalendarLinkLifetime <= TimeSpan.Zero || options.CalendarLinkLifetime > TimeSpan.FromDays(366))
        {
            errors.Add($"{TrackingOptions.Section}:CalendarLinkLifetime must be more than zero and at most 366 days (for example 30.00:00:00).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
