using Microsoft.Extensions.Options;

namespace RecordsBot.Reminders;

/// <summary>Checks the reminder settings at start, naming the setting to fix.</summary>
public sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    private const string S = RemindersOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var errors = new List<string>();
        if (options.SweepInterval < TimeSpan.FromSeconds(1) || options.SweepInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{S}SweepInterval must be between 00:00:01 and 01:00:00.");
        }

        if (options.QuietHoursStart.Second != 0 || options.QuietHoursEnd.Second != 0)
        {
            errors.Add($"{S}QuietHoursStart and {S}QuietHoursEnd must be whole minutes (like 21:00).");
        }

        if (LocalTimes.InQuietHours(options.CheckInTime, options.QuietHoursStart, options.QuietHoursEnd))
        {
            errors.Add($"{S}CheckInTime {options.CheckInTime:HH\\:mm} falls in quiet hours ({S}QuietHoursStart to {S}QuietHoursEnd).");
        }

        if (RemindersOptions.ParseDays(options.DaysBefore) is null)
        {
            errors.Add($"{S}DaysBefore must be whole days from 1 to 365, separated by commas (like 7,3), or empty.");
        }

        if (RemindersOptions.ParseDays(options.DaysAfter) is not { } after)
        {
            errors.Add($"{S}DaysAfter must be whole days from 1 to 365, separated by commas (like 3,7,14), or empty.");
        }
        else if (after.Zip(after.Skip(1)).Any(p => p.Second <= p.First))
        {
            errors.Add($"{S}DaysAfter must be increasing (like 3,7,14).");
        }

        if (options.RepeatEveryDays is < 0 or > 365)
        {
            errors.Add($"{S}RepeatEveryDays must be between 0 (no repeats) and 365.");
        }

        if (options.MaxAfterDue is < 0 or > 50)
        {
            errors.Add($"{S}MaxAfterDue must be between 0 and 50.");
        }

        if (options.ComplaintWindowDays is < 1 or > 3650)
        {
            errors.Add($"{S}ComplaintWindowDays must be between 1 and 3650.");
        }

        if (options.LateLeadDays < 0 || options.LateLeadDays >= options.ComplaintWindowDays)
        {
            errors.Add($"{S}LateLeadDays must be 0 or more and less than {S}ComplaintWindowDays.");
        }

        if (options.SnoozeDays is < 1 or > 90)
        {
            errors.Add($"{S}SnoozeDays must be between 1 and 90.");
        }

        if (options.ClaimDuration < TimeSpan.FromSeconds(10) || options.ClaimDuration > TimeSpan.FromHours(1))
        {
            errors.Add($"{S}ClaimDuration must be between 00:00:10 and 01:00:00.");
        }

        if (options.RetryDelay < TimeSpan.FromSeconds(1) || options.RetryDelay > TimeSpan.FromDays(1))
        {
            errors.Add($"{S}RetryDelay must be between 00:00:01 and 1.00:00:00.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            errors.Add($"{S}MaxAttempts must be between 1 and 20.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            errors.Add($"{S}BatchSize must be between 1 and 1000.");
        }

        if (options.SmsEnabled)
        {
            var twilio = options.Twilio;
            if (string.IsNullOrWhiteSpace(twilio.AccountSid))
            {
                errors.Add($"{S}Twilio:AccountSid is required when {S}SmsEnabled is true.");
            }

            if (string.IsNullOrWhiteSpace(twilio.AuthToken))
            {
                errors.Add($"{S}Twilio:AuthToken is required when {S}SmsEnabled is true.");
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(twilio.FromNumber ?? string.Empty, @"^\+[1-9][0-9]{6,14}$"))
            {
                errors.Add($"{S}Twilio:FromNumber must be a phone number in E.164 form (like +15551234567) when {S}SmsEnabled is true.");
            }

            if (!(Uri.TryCreate(twilio.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errors.Add($"{S}Twilio:BaseUrl must be an absolute http(s) URL.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
