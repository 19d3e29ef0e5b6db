namespace RecordsBot.Dialogs.Flows;

/// <summary>What a step of a flow does; in a dialog file, the key that names it.</summary>
public enum FlowStepKind
{
    /// <summary><c>say</c>: send one or more texts by key.</summary>
    Say,

    /// <summary><c>prompt</c>: ask a question of one kind and store the answer.</summary>
    Prompt,

    /// <summary><c>branch</c>: go to the step named for a stored value.</summary>
    Branch,

    /// <summary><c>handler</c>: run named C# code.</summary>
    Handler,

    /// <summary><c>begin</c>: run another flow, then come back.</summary>
    Begin,

    /// <summary><c>replace</c>: end this flow and run another in its place.</summary>
    Replace,

    /// <summary><c>end</c>: end this flow, with a value or none.</summary>
    End,
}
