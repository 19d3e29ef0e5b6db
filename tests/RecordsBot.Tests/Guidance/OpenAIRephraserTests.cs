using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Guidance;
using RecordsBot.Guidance.Answers;
using RecordsBot.Hosting;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Guidance;

/// <summary>
/// Azure OpenAI rewording against a local stand-in of the chat completions API, with the rephraser built by the app's
/// own registration: what is sent (the passages and citations, nothing else), which replies are used, and the fall back
/// to the passages as written on a refused reply, an error or a timeout (a FakeTimeProvider, never a real wait).
/// </summary>
public sealed class OpenAIRephraserTests : IAsyncLifetime
{
    private static readonly Passage Searching = new("fees-never", ["fees.never"], "HHS right of access FAQ; Ciox Health, LLC v. Azar, 435 F. Supp. 3d 30 (D.D.C. 2020)", [], false,
        "For your own copy, a provider can never charge for searching for or retrieving your records.", 1);

    private static readonly Passage Notes = new("notes", ["rights.withheld"], "45 CFR 164.524(a)(1)(i)", [], false,
        "A provider may keep back psychotherapy notes. These are notes kept separately from your main record.", 2);

    private const string GoodReply =
        "No one may charge you just for finding your records.\nSource: HHS right of access FAQ; Ciox Health, LLC v. Azar, 435 F. Supp. 3d 30 (D.D.C. 2020)\n\n" +
        "Therapy session notes kept apart can be held back.\nSource: 45 CFR 164.524(a)(1)(i)";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<string> logs = new();
    private ChatCompletionsStub stub = null!;
    private ServiceProvider services = null!;
    private IAnswerRephraser rephraser = null!;

    public async Task InitializeAsync()
    {
        stub = await ChatCompletionsStub.StartAsync();
        services = Services(new Dictionary<string, string?>
        {
            ["RecordsBot:OpenAI:Endpoint"] = stub.Endpoint.ToString(),
            ["RecordsBot:OpenAI:Deployment"] = "plain-words",
            ["RecordsBot:OpenAI:ApiKey"] = "test-key",
        });
        rephraser = AnswersRegistration.Rephraser(services)!;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await stub.DisposeAsync();
    }

    private ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(time)
            .AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(logs)))
            .AddRecordsBotAnswers()
            .BuildServiceProvider();

    private Task<string?> RephraseAsync() => rephraser.RephraseAsync([Searching, Notes], CancellationToken.None);

    [Fact]
    public async Task The_request_goes_to_the_deployment_with_the_key_and_holds_only_the_passages_and_their_citations()
    {
        stub.Reply = GoodReply;

        await RephraseAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/openai/deployments/plain-words/chat/completions", request.Path);
        Assert.Equal("2024-10-21", request.ApiVersion);
        Assert.Equal("test-key", request.ApiKey);
        Assert.Equal(["system", "user"], request.Roles);
        Assert.Equal(0, (double)request.Body["temperature"]!);
        foreach (var passage in new[] { Searching, Notes })
        {
            Assert.Contains(passage.Text, request.MessagesText, StringComparison.Ordinal);
            Assert.Contains(passage.Citation, request.MessagesText, StringComparison.Ordinal);
        }

        Assert.Contains("citation copied exactly", request.MessagesText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_that_keeps_every_citation_is_used()
    {
        Assert.Equal(GoodReply, await WithReplyAsync(GoodReply));
        Assert.DoesNotContain(logs, l => l.Contains("answer_rephrase", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("No one may charge you for finding records.\nSource: HHS right of access FAQ\n\nNotes can be held back.\nSource: 45 CFR 164.524(a)(1)(i)", "citation-dropped")]
    [InlineData("No one may charge you for finding records.\n\nNotes can be held back.", "citation-dropped")]
    [InlineData("   ", "empty")]
    public async Task A_reply_that_drops_a_citation_or_is_empty_is_refused(string reply, string reason)
    {
        Assert.Null(await WithReplyAsync(reply));

        Assert.Single(stub.Requests);
        Assert.Contains(logs, l => l.Contains("[answer_rephrase_refused]", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_much_longer_than_the_passages_is_refused()
    {
        var padded = GoodReply + "\n\n" + string.Concat(Enumerable.Repeat("And there is much more to say about all of this. ", 10));

        Assert.Null(await WithReplyAsync(padded));
        Assert.Contains(logs, l => l.Contains("[answer_rephrase_refused]", StringComparison.Ordinal) && l.Contains("too-long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_http_error_falls_back_after_one_request_and_logs_only_the_exception_type()
    {
        stub.Status = 500;

        Assert.Null(await RephraseAsync());

        Assert.Single(stub.Requests);
        var line = Assert.Single(logs, l => l.Contains("[answer_rephrase_failed]", StringComparison.Ordinal));
        Assert.Contains("System.ClientModel.ClientResultException", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs, l => l.Contains("stub failure", StringComparison.Ordinal) || l.Contains("psychotherapy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_falls_back_when_the_clock_passes_the_timeout()
    {
        stub.Hold = true;

        var rephrasing = RephraseAsync();
        await stub.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(7));
        Assert.False(rephrasing.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await rephrasing.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(stub.Requests);
        Assert.Contains(logs, l => l.Contains("[answer_rephrase_timeout]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_persons_own_cancellation_is_not_swallowed()
    {
        stub.Hold = true;
        using var cancel = new CancellationTokenSource();

        var rephrasing = rephraser.RephraseAsync([Notes], cancel.Token);
        await stub.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rephrasing.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Without_an_endpoint_there_is_no_rephraser()
    {
        await using var plain = Services([]);

        Assert.Null(AnswersRegistration.Rephraser(plain));
    }

    private async Task<string?> WithReplyAsync(string reply)
    {
        stub.Reply = reply;
        return await RephraseAsync();
    }
}
