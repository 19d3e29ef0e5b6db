using Microsoft.Extensions.Options;

namespace RecordsBot.Hosting;

/// <summary>Checks settings at start, naming the setting to fix.</summary>
public sealed class RecordsBotOptionsValidator(IConfiguration configuration) : IValidateOptions<RecordsBotOptions>
{
    public ValidateOptionsResult Validate(string? name, RecordsBotOptions options)
    {
        var errors = new List<string>();
        if (options.MaxMessageLength is < 1 or > 100_000)
        {
            errors.Add("RecordsBot:MaxMessageLength must be between 1 and 100000.");
        }

        if (options.MaxActivityBytes is < 4096 or > 16 * 1024 * 1024)
        {
            errors.Add("RecordsBot:MaxActivityBytes must be between 4096 and 16777216.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _))
        {
            errors.Add($"RecordsBot:DefaultTimeZone '{options.DefaultTimeZone}' is not a time zone this machine knows; use an IANA name like America/Chicago.");
        }

        if (options.PublicBaseUrl is { Length: > 0 } publicUrl && !PublicAddress.IsValid(publicUrl))
        {
            errors.Add($"{PublicAddress.Setting} must be an absolute http(s) URL without query, like https://recordsbot.example.org (it is '{publicUrl}').");
        }

        if (options.SmsMaxLength is < 70 or > 1600)
        {
            errors.Add("RecordsBot:SmsMaxLength must be between 70 and 1600.");
        }

        var local = options.LocalChannel;
        if (local.TokenLifetime < TimeSpan.FromMinutes(20) || local.TokenLifetime > TimeSpan.FromDays(1))
        {
            errors.Add("RecordsBot:LocalChannel:TokenLifetime must be between 00:20:00 and 1.00:00:00 (Web Chat refreshes tokens every 15 minutes).");
        }

        if (local.ResumeWindow < local.TokenLifetime)
        {
            errors.Add("RecordsBot:LocalChannel:ResumeWindow must be at least RecordsBot:LocalChannel:TokenLifetime.");
        }

        if (local.RetentionDays < 1)
        {
            errors.Add("RecordsBot:LocalChannel:RetentionDays must be 1 or more.");
        }

        if (local.RetentionSweepInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("RecordsBot:LocalChannel:RetentionSweepInterval must be at least 00:00:01.");
        }

        if (local.RateLimitWindow < TimeSpan.FromSeconds(1))
        {
            errors.Add("RecordsBot:LocalChannel:RateLimitWindow must be at least 00:00:01.");
        }

        if (local.SessionsPerWindow < 1 || local.MessagesPerWindow < 1)
        {
            errors.Add("RecordsBot:LocalChannel:SessionsPerWindow and MessagesPerWindow must be 1 or more.");
        }

        if (local.ServiceUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("RecordsBot:LocalChannel:ServiceUrl must be an absolute http(s) URL.");
        }

        foreach (var origin in local.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var o) || o.Scheme is not ("http" or "https") || o.AbsolutePath != "/")
            {
                errors.Add($"RecordsBot:LocalChannel:AllowedOrigins has '{origin}', which is not an origin like https://example.org.");
            }
        }

        if (local.Enabled == true && LocalChannelSwitch.HasAppId(configuration))
        {
            errors.Add("RecordsBot:LocalChannel:Enabled is true but MicrosoftAppId is set: the local channel runs only without an Azure Bot registration. Remove one of the two.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
