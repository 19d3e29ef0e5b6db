using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// The Bot Connector routes the bot calls at its serviceUrl for local conversations: replies
/// (<c>POST /v3/conversations/{id}/activities/{replyToId}</c>) and proactive messages
/// (<c>POST /v3/conversations/{id}/activities</c>) land in the conversation and reach Web Chat. Only this machine's
/// loopback address may call them, directly and not through a proxy: with no Azure registration, the bot's own
/// calls carry no credentials.
/// </summary>
public static class ConnectorEndpoints
{
    public static IEndpointRouteBuilder MapLocalConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", SendAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId, LocalConversationStore store, IOptions<RecordsBotOptions> options, CancellationToken ct)
            => SendAsync(http, conversationId, null, store, options, ct));
        return app;
    }

    private static async Task<IResult> SendAsync(HttpContext http, string conversationId, string? activityId, LocalConversationStore store, IOptions<RecordsBotOptions> options, CancellationToken ct)
    {
        // A request relayed by a proxy on this machine also arrives from loopback: refuse anything forwarded.
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote)
            || http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded"))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the bot on this machine may send here.");
        }

        // The bot's own replies may carry more than a person's message (cards, several suggested actions).
        var (activity, unreadable) = await ActivityJson.ReadActivityAsync(http.Request, options.Value.MaxActivityBytes * 4, ct);
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return unreadable ?? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no type.");
        }

        var conversation = await store.FindAsync(conversationId, ct);
        if (conversation is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The conversation does not exist.");
        }

        if (activity.Type is ActivityTypes.Typing or ActivityTypes.Trace)
        {
            return Results.Json(new ResourceResponse(string.Empty));
        }

        activity.ChannelId = ChannelIds.WebChat;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(activity.From?.Id ?? LocalBot.Id, activity.From?.Name ?? LocalBot.Name, RoleTypes.Bot);
        activity.Recipient = new ChannelAccount(conversation.UserId, role: RoleTypes.User);

        // Web Chat holds a reply whose replyToId it has never seen; point only at activities it has.
        var replyTo = activity.ReplyToId ?? activityId;
        activity.ReplyToId = await store.ContainsAsync(conversationId, replyTo, ct) ? replyTo : null;

        var stored = await store.AppendAsync(conversationId, activity, ct);
        return stored is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The conversation does not exist.")
            : Results.Json(new ResourceResponse(stored.Id));
    }
}
