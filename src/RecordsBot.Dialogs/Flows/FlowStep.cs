using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Flows;

/// <summary>One step of a flow as its dialog file defines it. Which properties apply depends on <see cref="Kind"/>.</summary>
public sealed record FlowStep
{
    public required string Id { get; init; }

    public required FlowStepKind Kind { get; init; }

    /// <summary>A hash of the step's content: a person waiting at a step that did not change may go on after a deploy.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>The line of the step in its file.</summary>
    public int Line { get; init; }

    /// <summary>The line of each key of the step (<c>next</c>), of each entry of a mapping (<c>cases.fees</c>) and of each
    /// item of a list (<c>choices[0]</c>), so problems point at the line to fix.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The step to go to afterwards instead of the following one.</summary>
    public string? Next { get; init; }

    /// <summary>say: the string keys to send, in order.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    public PromptKind PromptKind { get; init; }

    /// <summary>prompt: the question's key; also its retry and help keys when the step names them.</summary>
    public string? TextKey { get; init; }

    public string? RetryKey { get; init; }

    public string? HelpKey { get; init; }

    /// <summary>prompt, begin: the value that stores the answer or the other flow's result.</summary>
    public string? Into { get; init; }

    public IReadOnlyList<ChoiceDefinition> Choices { get; init; } = [];

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public DateRange Range { get; init; }

    public int? MaxLength { get; init; }

    public int Attempts { get; init; } = 3;

    public string? Validator { get; init; }

    /// <summary>prompt: the step to go to when the person gave no usable answer within the attempts.</summary>
    public string? GiveUp { get; init; }

    public bool Understand { get; init; }

    /// <summary>branch: the value to branch on, its cases (value → step) and the step otherwise.</summary>
    public string? BranchOn { get; init; }

    public IReadOnlyDictionary<string, string> Cases { get; init; } = new Dictionary<string, string>();

    public string? Else { get; init; }

    /// <summary>handler: its name, its exits (name → step) and the values it may set.</summary>
    public string? Handler { get; init; }

    public IReadOnlyDictionary<string, string> Exits { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>begin, replace: the other flow and the values handed to it.</summary>
    public string? Flow { get; init; }

    public IReadOnlyList<string> With { get; init; } = [];

    /// <summary>end: the value returned to the flow that began this one.</summary>
    public string? Result { get; init; }

    /// <summary>The line of <paramref name="key"/> (see <see cref="KeyLines"/>), else the step's line.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : Line;
}
