using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// A channel's Bot Connector on loopback (Kestrel at 127.0.0.1 and a free port, inside the bench), as the app's tests
/// stand one in (tests' LoopbackServer/HttpStub): it accepts <c>POST …/v3/conversations/{id}/activities[/{replyToId}]</c>
/// and answers 200 with <c>{"id":"…"}</c> at once, counting the activities; anything else is 404. The seeded
/// conversation references point at <see cref="BaseAddress"/>, so the app's sender really sends over HTTP.
/// </summary>
public sealed partial class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private long posts;
    private long rejected;

    private LoopbackConnector(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Activities accepted so far.</summary>
    public long Posts => Interlocked.Read(ref posts);

    /// <summary>Requests that were not an activity post (404).</summary>
    public long Rejected => Interlocked.Read(ref rejected);

    public static async Task<LoopbackConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackConnector? connector = null;
        app.Run(context => connector!.HandleAsync(context));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector = new LoopbackConnector(app, new Uri(address.TrimEnd('/') + "/"));
        return connector;
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Read the activity as a connector would (the sender's cost includes writing it out).
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        if (!HttpMethods.IsPost(context.Request.Method) || !ActivityPath().IsMatch(context.Request.Path.Value ?? string.Empty))
        {
            Interlocked.Increment(ref rejected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var n = Interlocked.Increment(ref posts);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"id\":\"bench-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}", context.RequestAborted);
    }

    [GeneratedRegex("/v3/conversations/[^/]+/activities(/[^/]+)?$")]
    private static partial Regex ActivityPath();

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
