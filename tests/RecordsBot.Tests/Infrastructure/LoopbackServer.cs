using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>A small Kestrel server at 127.0.0.1 and a random port that answers every request with one handler: the
/// base of the tests' stand-ins for remote services (Azure OpenAI, a channel's connector, Twilio).</summary>
public static class LoopbackServer
{
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
