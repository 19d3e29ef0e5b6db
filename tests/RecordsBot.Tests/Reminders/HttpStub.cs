using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// A local HTTP server on Kestrel at 127.0.0.1 and a random port standing in for a remote service (a channel's Bot
/// Connector, Twilio's Messages endpoint). It records each call (method, path, Authorization header, body) and answers
/// as <see cref="Respond"/> says for that call.
/// </summary>
public sealed class HttpStub : IAsyncDisposable
{
    private WebApplication app = null!;

    public sealed record Call(string Method, string Path, string Authorization, string ContentType, string Body);

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The status and JSON body for a call (given how many calls came before it).</summary>
    public Func<Call, int, (int Status, string Body)> Respond { get; set; } = (_, _) => (200, "{}");

    public static async Task<HttpStub> StartAsync()
    {
        var stub = new HttpStub();
        (stub.app, stub.BaseAddress) = await LoopbackServer.StartAsync(stub.HandleAsync);
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
