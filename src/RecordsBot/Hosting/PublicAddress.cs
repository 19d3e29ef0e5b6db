using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace RecordsBot.Hosting;

/// <summary>
/// The address people open this app's links at (letter downloads, calendar files): <c>RecordsBot:PublicBaseUrl</c>, or
/// else the address the app listens on, which suits the local Web Chat on the same machine. Always ends with '/'.
/// </summary>
/// <remarks>The server is looked up when the first link is made, not when this is built: link makers are built with the
/// flows' handlers while the host starts, and asking for the server then makes the start wait for itself.</remarks>
public sealed class PublicAddress(IServiceProvider services, IOptions<RecordsBotOptions> options)
{
    public const string Setting = "RecordsBot:PublicBaseUrl";

    private string? value;

    /// <summary>Whether an operator set the public address (links from Teams or SMS need it).</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.PublicBaseUrl);

    public string Base => value ??= Compute();

    /// <summary>Whether <paramref name="url"/> may be the public address: absolute http(s), no query or fragment.</summary>
    public static bool IsValid(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    private string Compute()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException($"The server reports no address to make links with; set {Setting}.");
        var parsed = BindingAddress.Parse(chosen);
        var host = parsed.Host;
        if (host is "*" or "+" or "[::]" or "0.0.0.0")
        {
            host = "localhost";
        }
        else if (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            host = "[" + host.Trim('[', ']') + "]";
        }

        return $"{parsed.Scheme}://{host}:{parsed.Port}/";
    }
}
