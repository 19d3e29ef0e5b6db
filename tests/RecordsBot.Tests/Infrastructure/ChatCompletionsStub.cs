using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>
/// A local stand-in for Azure OpenAI's chat completions API on Kestrel at 127.0.0.1 and a random port. It records each
/// request (path, query, api-key header, JSON body) and answers as the test sets: a reply text, an HTTP status, or
/// holding the request until the client gives up (so a test can advance a FakeTimeProvider past the timeout).
/// </summary>
public sealed class ChatCompletionsStub : IAsyncDisposable
{
    private WebApplication app = null!;

    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    /// <summary>The assistant's reply text; ignored when <see cref="Status"/> is not 200 or <see cref="Hold"/> is set.</summary>
    public string Reply { get; set; } = string.Empty;

    public int Status { get; set; } = StatusCodes.Status200OK;

    /// <summary>Hold every request until the client cancels it.</summary>
    public bool Hold { get; set; }

    /// <summary>Completed when the first request has arrived (and is being held, or answered).</summary>
    public TaskCompletionSource Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<ChatCompletionsStub> StartAsync()
    {
        var stub = new ChatCompletionsStub();
        (stub.app, stub.Endpoint) = await LoopbackServer.StartAsync(stub.HandleAsync);
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted))!;
        Requests.Enqueue(new StubRequest(context.Request.Path, context.Request.Query["api-version"].ToString(), context.Request.Headers["api-key"].ToString(), body));
        Received.TrySetResult();
        if (Hold)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as the test wants.
            }

            return;
        }

        context.Response.StatusCode = Status;
        if (Status != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsJsonAsync(new { error = new { code = "500", message = "stub failure" } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = "gpt-4o-mini",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request the stub received.</summary>
public sealed record StubRequest(string Path, string ApiVersion, string ApiKey, JsonNode Body)
{
    /// <summary>The text of every message sent (plain or in parts), joined with new lines.</summary>
    public string MessagesText => string.Join("\n", Body["messages"]!.AsArray().Select(m => m!["content"] switch
    {
        JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
        JsonNode content => content.GetValue<string>(),
        null => string.Empty,
    }));

    public IReadOnlyList<string> Roles => Body["messages"]!.AsArray().Select(m => (string)m!["role"]!).ToList();
}
