using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RecordsBot.Bench.Load;

/// <summary>
/// Posts activities to <c>/api/messages</c> as a Web Chat channel would, with <c>deliveryMode: expectReplies</c>, and reads
/// the replies' text. Written on System.Text.Json's writer and reader so the generator, which shares the cores with the
/// server, costs little.
/// </summary>
public sealed class BotCaller(HttpClient http, Uri baseAddress)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private readonly Uri messages = new(baseAddress, "api/messages");

    /// <summary>Sends one activity; returns the replies' texts joined by newlines. Throws <see cref="BotCallException"/> on a non-200 answer.</summary>
    public async Task<string> SendAsync(string conversationId, string userId, string? text, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Activity(conversationId, userId, text));
        content.Headers.ContentType = JsonType;
        using var response = await http.PostAsync(messages, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotCallException($"HTTP {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var replies = new StringBuilder();
        if (json.RootElement.TryGetProperty("activities", out var activities))
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("text", out var reply) && reply.ValueKind == JsonValueKind.String)
                {
                    replies.AppendLine(reply.GetString());
                }
            }
        }

        return replies.ToString();
    }

    private static byte[] Activity(string conversationId, string userId, string? text)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", text is null ? "conversationUpdate" : "message");
            w.WriteString("id", Guid.NewGuid().ToString("N"));
            w.WriteString("timestamp", DateTimeOffset.UtcNow);
            w.WriteString("channelId", "webchat");
            w.WriteString("serviceUrl", "http://127.0.0.1:9/");
            w.WriteString("deliveryMode", "expectReplies");
            w.WriteString("locale", "en-US");
            w.WriteString("localTimezone", "America/New_York");
            w.WriteStartObject("conversation");
            w.WriteString("id", conversationId);
            w.WriteEndObject();
            Account(w, "from", userId, "user");
            Account(w, "recipient", "bot", "bot");
            if (text is null)
            {
                w.WriteStartArray("membersAdded");
                w.WriteStartObject();
                w.WriteString("id", "bot");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("id", userId);
                w.WriteEndObject();
                w.WriteEndArray();
            }
            else
            {
                w.WriteString("text", text);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Account(Utf8JsonWriter w, string name, string id, string role)
    {
        w.WriteStartObject(name);
        w.WriteString("id", id);
        w.WriteString("role", role);
        w.WriteEndObject();
    }
}
