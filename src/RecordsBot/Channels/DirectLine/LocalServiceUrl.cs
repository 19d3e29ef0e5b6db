using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// The serviceUrl the bot replies to for local conversations: this app's own Bot Connector routes, on the loopback
/// address it listens on (or <c>RecordsBot:LocalChannel:ServiceUrl</c>).
/// </summary>
public sealed class LocalServiceUrl(IServer server, IOptions<RecordsBotOptions> options)
{
    private string? value;

    public string Value => value ??= Compute();

    private string Compute()
    {
        if (options.Value.LocalChannel.ServiceUrl is { Length: > 0 } configured)
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault()
            ?? throw new InvalidOperationException("The server reports no address; set RecordsBot:LocalChannel:ServiceUrl.");
        var parsed = BindingAddress.Parse(chosen);
        var host = parsed.Host;
        if (host is "localhost" or "*" or "+" or "[::]" or "0.0.0.0" || !IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            host = "127.0.0.1";
        }

        return $"{parsed.Scheme}://{host}:{parsed.Port}/";
    }
}
