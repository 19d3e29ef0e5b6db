using System.Text;
using OpenAI.Chat;
using RecordsBot.Hosting;

namespace RecordsBot.Guidance.Answers;

/// <summary>
/// Rewords retrieved passages with an Azure OpenAI chat deployment. Privacy: the request holds the passages and their
/// citations only, never the person's question or anything else they said (the method is not even given it). The
/// reply is refused, and the passages are said as written, when it is empty, drops any citation (each must appear word
/// for word), or is more than <see cref="MaxGrowth"/> times as long as the passages. The wait is limited by
/// <see cref="OpenAIOptions.TimeoutSeconds"/> on the app's <see cref="TimeProvider"/>; the client makes no retries. Any
/// failure is logged by event name and exception type only.
/// </summary>
public sealed partial class OpenAIRephraser(ChatClient chat, OpenAIOptions options, TimeProvider time, ILogger<OpenAIRephraser> logger) : IAnswerRephraser
{
    /// <summary>How much longer than the passages (with their citations) a reworded answer may be.</summary>
    public const double MaxGrowth = 1.5;

    /// <summary>The instruction to the model. It is not said to anyone.</summary>
    private const string Instructions =
        "You reword short passages about a person's right to get copies of their own medical records in the United States, " +
        "so that anyone can understand them. Use plainer, shorter words. Use only the facts in the passages: add nothing, " +
        "and keep every condition, number and exception. Write plain text without markdown. After the rewording of each " +
        "passage, write its source on its own line as 'Source: ' followed by the citation copied exactly, character for " +
        "character, as given.";

    public async Task<string?> RephraseAsync(IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return null;
        }

        // Only the passages and their citations go out: nothing the person said.
        var input = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            input.Append("Passage ").Append(i + 1).Append(":\n").Append(passages[i].Text).Append("\nSource: ").Append(passages[i].Citation).Append("\n\n");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string reply;
        try
        {
            ChatMessage[] messages = [new SystemChatMessage(Instructions), new UserChatMessage(input.ToString().TrimEnd())];
            var completion = await chat.CompleteChatAsync(messages, new ChatCompletionOptions { Temperature = 0 }, linked.Token);
            reply = string.Concat(completion.Value.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)).Trim();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, options.TimeoutSeconds);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, PrivacySafe.TypeName(e));
            return null;
        }

        var problem = reply.Length == 0 ? "empty"
            : passages.Any(p => !reply.Contains(p.Citation, StringComparison.Ordinal)) ? "citation-dropped"
            : reply.Length > MaxGrowth * input.Length ? "too-long"
            : null;
        if (problem is not null)
        {
            LogRefused(logger, problem);
            return null;
        }

        return reply;
    }

    [LoggerMessage(EventId = 2100, EventName = "answer_rephrase_timeout", Level = LogLevel.Warning, Message = "Rewording timed out after {Seconds} s; the passages were said as written")]
    private static partial void LogTimedOut(ILogger logger, int seconds);

    [LoggerMessage(EventId = 2101, EventName = "answer_rephrase_failed", Level = LogLevel.Warning, Message = "Rewording failed ({ExceptionType}); the passages were said as written")]
    private static partial void LogFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 2102, EventName = "answer_rephrase_refused", Level = LogLevel.Warning, Message = "Rewording refused ({Reason}); the passages were said as written")]
    private static partial void LogRefused(ILogger logger, string reason);
}
