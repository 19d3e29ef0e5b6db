using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// A local HTTP server on Kestrel at 127.0.0.1 and a random port standing in for a remote service (a channel's Bot
/// Connector, Twilio's Messages endpoint). It records each call (method, path, Authorization header, body) and answers
/// as <see cref="Respond"/> says for that call.
/// </summary>
public sealed class HttpStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private HttpStub(WebApplication app) => this.app = app;

    public sealed record Call(string Method, string Path, string Authorization, string ContentType, string Body);

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The status and JSON body for a call (given how many calls came before it).</summary>
    public Func<Call, int, (int Status, string Body)> Respond { get; set; } = (_, _) => (200, "{}");

    public static async Task<HttpStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new HttpStub(builder.Build());
        stub.app.Run(stub.HandleAsync);
        await stub.app.StartAsync();
        var address = stub.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var call = new Call(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? string.Empty, await reader.ReadToEndAsync(context.RequestAborted));
        var before = Calls.Count;
        Calls.Enqueue(call);
        var (status, body) = Respond(call, before);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
