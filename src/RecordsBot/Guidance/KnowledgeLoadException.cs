namespace RecordsBot.Guidance;

/// <summary>The knowledge base has problems; each is <c>file:line: what is wrong</c>, safe to show and log (no personal data).</summary>
public sealed class KnowledgeLoadException(IReadOnlyList<string> problems)
    : Exception("dialogs/knowledge has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
