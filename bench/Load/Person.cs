namespace RecordsBot.Bench.Load;

/// <summary>
/// One simulated person: goes through their script a turn at a time; at the end (or after an error) they start over as
/// a new person in a new conversation, so saved lists and letters never pile up on one person.
/// </summary>
public sealed class Person(BotCaller caller, Func<int, IReadOnlyList<ScriptTurn>> script, int number)
{
    private readonly IReadOnlyList<ScriptTurn> turns = script(number);
    private int next;
    private int conversation;
    private string conversationId = "";
    private string userId = "";

    /// <summary>The step the next turn belongs to.</summary>
    public string NextStep => turns[next].Step;

    /// <summary>Sends the next turn and checks the replies. Throws on an HTTP error or a reply the script does not expect; the person then starts a new conversation.</summary>
    public async Task TakeTurnAsync(CancellationToken cancellationToken)
    {
        if (next == 0)
        {
            conversation++;
            conversationId = $"bench-{number}-{conversation}-{Guid.NewGuid():N}";
            userId = $"person-{number}-{conversation}";
        }

        var turn = turns[next];
        try
        {
            var replies = await caller.SendAsync(conversationId, userId, turn.Text, cancellationToken);
            if (!replies.Contains(turn.Expect, StringComparison.OrdinalIgnoreCase))
            {
                throw new ScriptMismatchException($"After \"{turn.Text ?? "(join)"}\" ({turn.Step}, turn {next + 1}) the replies lack \"{turn.Expect}\":\n{replies}");
            }

            next = (next + 1) % turns.Count;
        }
        catch
        {
            next = 0;
            throw;
        }
    }

    /// <summary>The next turn as the loops take it: null when it went as the script expects, else what went wrong (the
    /// person then starts a new conversation).</summary>
    public async Task<string?> TryTurnAsync(CancellationToken cancellationToken)
    {
        try
        {
            await TakeTurnAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>Takes the first <paramref name="turns"/> turns, unmeasured, so that people under load are spread over the
    /// whole conversation (else a short run would only ever measure its first steps).</summary>
    public async Task AdvanceAsync(int turns, CancellationToken cancellationToken)
    {
        for (var i = 0; i < turns; i++)
        {
            await TakeTurnAsync(cancellationToken);
        }
    }

    /// <summary>Turns in one whole conversation.</summary>
    public int TurnsPerConversation => turns.Count;
}
