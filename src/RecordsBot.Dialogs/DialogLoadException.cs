namespace RecordsBot.Dialogs;

/// <summary>The dialogs folder has problems; each is <c>file:line: what is wrong</c>.</summary>
public sealed class DialogLoadException(IReadOnlyList<string> problems)
    : Exception("The dialogs folder has " + problems.Count + (problems.Count == 1 ? " problem" : " problems") + ":" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
