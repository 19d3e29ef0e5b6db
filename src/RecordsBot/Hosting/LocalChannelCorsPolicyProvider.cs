using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using RecordsBot.Channels.DirectLine;

namespace RecordsBot.Hosting;

/// <summary>CORS for the local channel: the origins in RecordsBot:LocalChannel:AllowedOrigins, with the headers Web Chat sends.</summary>
public sealed class LocalChannelCorsPolicyProvider(IOptions<RecordsBotOptions> options) : ICorsPolicyProvider
{
    private CorsPolicy? policy;

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != DirectLineEndpoints.CorsPolicy)
        {
            return Task.FromResult<CorsPolicy?>(null);
        }

        policy ??= new CorsPolicyBuilder()
            .WithOrigins(options.Value.LocalChannel.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST")
            .Build();
        return Task.FromResult<CorsPolicy?>(policy);
    }
}
