using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint for the official Web Chat widget, served by the app itself when there is no
/// Azure Bot registration: start or resume a conversation, post activities, read them by watermark (polling) or
/// receive them over a WebSocket stream, refresh tokens. Plus <c>POST /webchat/session</c>, which the page uses to
/// get a token for a new conversation or to resume its saved one, and its user ticket, so that a new conversation is
/// still the same person's.
/// </summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "local-channel";

    public static IEndpointRouteBuilder MapLocalDirectLine(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webchat/session", StartSessionAsync).RequireCors(CorsPolicy).RequireRateLimiting(LocalChannelRateLimits.Sessions);

        var dl = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        dl.MapPost("/conversations", StartConversationAsync);
        dl.MapGet("/conversations/{conversationId}", ReconnectAsync);
        dl.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        dl.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(LocalChannelRateLimits.Messages);
        dl.MapPost("/conversations/{conversationId}/upload", () =>
            Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Attachments are not supported."));
        dl.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        dl.MapPost("/tokens/refresh", RefreshTokenAsync);
        return app;
    }

    private sealed record SessionRequest(string? Token, string? User);

    private static async Task<IResult> StartSessionAsync(HttpRequest request, DirectLineTokens tokens, LocalConversationStore store, CancellationToken ct)
    {
        SessionRequest? body = null;
        if (request.ContentLength is > 0 and < 4096)
        {
            try
            {
                body = await request.ReadFromJsonAsync<SessionRequest>(ct);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                // Not JSON, or not sent as application/json.
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body must be {\"token\": \"…\", \"user\": \"…\"} or empty.");
            }
        }

        LocalConversation? conversation = null;
        if (await tokens.ValidateForResumeAsync(body?.Token, ct) is { } saved)
        {
            conversation = await store.FindAsync(saved.ConversationId, ct);
        }

        conversation ??= await store.CreateAsync(await tokens.ReadUserTicketAsync(body?.User, ct), ct);
        var token = await tokens.IssueAsync(conversation.Id, conversation.UserId, ct);
        return Results.Json(new
        {
            conversationId = conversation.Id,
            userId = conversation.UserId,
            token,
            expires_in = (int)tokens.Lifetime.TotalSeconds,
            user = await tokens.IssueUserTicketAsync(conversation.UserId, ct),
        });
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, LocalConversationStore store, LocalChannelBridge bridge, CancellationToken ct)
    {
        var (conversation, token, error) = await AuthorizeAsync(http, null, tokens, store, ct);
        if (conversation is null)
        {
            return error!;
        }

        await bridge.StartAsync(conversation, ct);
        return Results.Json(ConversationInfo(http, conversation, token!, tokens, watermark: null), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, LocalConversationStore store, LocalChannelBridge bridge, CancellationToken ct)
    {
        var (conversation, token, error) = await AuthorizeAsync(http, conversationId, tokens, store, ct);
        if (conversation is null)
        {
            return error!;
        }

        await bridge.StartAsync(conversation, ct);
        return Results.Json(ConversationInfo(http, conversation, token!, tokens, watermark));
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, LocalConversationStore store, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(http, conversationId, tokens, store, ct);
        if (conversation is null)
        {
            return error!;
        }

        var after = ParseWatermark(watermark);
        var batch = await store.ReadAfterAsync(conversationId, after, ct);
        return Results.Content(ActivitySetJson(batch, after), "application/json");
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineTokens tokens, LocalConversationStore store, LocalChannelBridge bridge, IOptions<RecordsBotOptions> options, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(http, conversationId, tokens, store, ct);
        if (conversation is null)
        {
            return error!;
        }

        var (activity, unreadable) = await ActivityJson.ReadActivityAsync(http.Request, options.Value.MaxActivityBytes, ct);
        if (activity is null)
        {
            return unreadable!;
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            return Results.Json(new { id = string.Empty });
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Only message and event activities can be posted.");
        }

        var id = await bridge.PostAsync(conversation, activity, ct);
        return id is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The conversation no longer exists.")
            : Results.Json(new { id });
    }

    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineTokens tokens, LocalConversationStore store, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(http, null, tokens, store, ct);
        if (conversation is null)
        {
            return error!;
        }

        var fresh = await tokens.IssueAsync(conversation.Id, conversation.UserId, ct);
        return Results.Json(new { conversationId = conversation.Id, token = fresh, expires_in = (int)tokens.Lifetime.TotalSeconds });
    }

    private static async Task StreamAsync(HttpContext http, string conversationId, string? t, string? watermark, DirectLineTokens tokens, LocalConversationStore store, ConversationSignals signals, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var claims = await tokens.ValidateAsync(t, http.RequestAborted);
        if (claims is null || claims.ConversationId != conversationId)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (await store.FindAsync(conversationId, http.RequestAborted) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var closed = DrainUntilClosedAsync(socket, stop.Token);
        var stopped = Task.Delay(Timeout.Infinite, stop.Token);
        var after = ParseWatermark(watermark);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var next = signals.NextAsync(conversationId);
                var batch = await store.ReadAfterAsync(conversationId, after, stop.Token);
                if (batch.Count > 0)
                {
                    after = batch[^1].Sequence;
                    var bytes = Encoding.UTF8.GetBytes(ActivitySetJson(batch, after));
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    continue;
                }

                if (await Task.WhenAny(next, closed, stopped) != next)
                {
                    break;
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page went away or the app is stopping.
        }
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static async Task<(LocalConversation? Conversation, string? Token, IResult? Error)> AuthorizeAsync(
        HttpContext http, string? conversationId, DirectLineTokens tokens, LocalConversationStore store, CancellationToken ct)
    {
        var token = DirectLineTokens.FromAuthorizationHeader(http.Request.Headers.Authorization.ToString());
        var claims = await tokens.ValidateAsync(token, ct);
        if (claims is null || (conversationId is not null && claims.ConversationId != conversationId))
        {
            return (null, null, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The token is missing, expired, or not for this conversation."));
        }

        var conversation = await store.FindAsync(claims.ConversationId, ct);
        return conversation is null
            ? (null, null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The conversation no longer exists."))
            : (conversation, token, null);
    }

    private static object ConversationInfo(HttpContext http, LocalConversation conversation, string token, DirectLineTokens tokens, string? watermark)
    {
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversation.Id}/stream"
            + $"?t={Uri.EscapeDataString(token)}&watermark={Uri.EscapeDataString(watermark ?? string.Empty)}";
        return new { conversationId = conversation.Id, token, expires_in = (int)tokens.Lifetime.TotalSeconds, streamUrl };
    }

    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;

    /// <summary><c>{"activities":[…],"watermark":"N"}</c>, the watermark as a string as Web Chat expects.</summary>
    private static string ActivitySetJson(IReadOnlyList<(long Sequence, string Json)> batch, long after)
    {
        var json = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < batch.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(batch[i].Json);
        }

        var watermark = batch.Count > 0 ? batch[^1].Sequence : after;
        return json.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }
}
