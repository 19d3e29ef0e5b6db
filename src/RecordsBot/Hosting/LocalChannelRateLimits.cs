using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RecordsBot.Hosting;

/// <summary>
/// Limits for the local channel, which may face the internet when a site runs RecordsBot without Azure: how many
/// sessions one client address opens, and how many activities one conversation posts, per window. Over the limit
/// the answer is 429 (the page says the chat could not start; Web Chat offers to resend).
/// </summary>
public static class LocalChannelRateLimits
{
    public const string Sessions = "local-sessions";
    public const string Messages = "local-messages";

    public static IServiceCollection AddLocalChannelRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Sessions, http =>
                Partition("session:" + (http.Connection.RemoteIpAddress?.ToString() ?? "-"), http, o => o.SessionsPerWindow));
            limiter.AddPolicy(Messages, http =>
                Partition("conversation:" + (http.Request.RouteValues["conversationId"] as string ?? "-"), http, o => o.MessagesPerWindow));
        });

    private static RateLimitPartition<string> Partition(string key, HttpContext http, Func<LocalChannelOptions, int> permits)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<RecordsBotOptions>>().Value.LocalChannel;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = options.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
