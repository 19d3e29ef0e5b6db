namespace RecordsBot.Dialogs.Flows;

/// <summary>A flow loaded from <c>dialogs/{id}.dialog.yaml</c>: its steps in order, and a version that changes
/// whenever the file's content (not its comments or layout) changes.</summary>
public sealed class FlowDefinition(string id, string titleKey, string version, string file, IReadOnlyList<FlowStep> steps, IReadOnlyList<string> inputs, int titleLine = 1)
{
    private readonly Dictionary<string, int> index = steps.Select((s, i) => (s.Id, i)).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    public string Id { get; } = id;

    /// <summary>The string key naming the topic to the person (said when it restarts after a deploy).</summary>
    public string TitleKey { get; } = titleKey;

    /// <summary>The line of <c>title</c> in the file.</summary>
    public int TitleLine { get; } = titleLine;

    /// <summary>The string key said instead of <c>dialog.restarted</c> when this flow restarts after a deploy, or null.</summary>
    public string? RestartedKey { get; init; }

    /// <summary>The line of <c>restarted</c> in the file.</summary>
    public int RestartedLine { get; init; } = 1;

    public string Version { get; } = version;

    public string File { get; } = file;

    public IReadOnlyList<FlowStep> Steps { get; } = steps;

    /// <summary>Values the flow expects to be begun with.</summary>
    public IReadOnlyList<string> Inputs { get; } = inputs;

    public FlowStep? Step(string? stepId) => stepId is not null && index.TryGetValue(stepId, out var i) ? Steps[i] : null;

    /// <summary>The step after <paramref name="step"/>: its <c>next</c>, else the following one, else null (the flow ends).</summary>
    public FlowStep? After(FlowStep step) =>
        step.Next is not null ? Step(step.Next) : index[step.Id] + 1 < Steps.Count ? Steps[index[step.Id] + 1] : null;
}
