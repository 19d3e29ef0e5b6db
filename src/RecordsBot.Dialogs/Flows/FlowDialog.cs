using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs.Flows;

/// <summary>
/// Runs a declarative flow: steps in order (or as <c>next</c>, branches and handler exits say) until one waits for
/// the person (a prompt, or another flow that prompts) or the flow ends. The frame keeps the step it waits at and the
/// values gathered so far.
/// </summary>
public sealed class FlowDialog(FlowDefinition definition) : Dialog(definition.Id)
{
    /// <summary>Steps run in one turn without waiting before the flow is considered to loop. Loops of say and branch
    /// steps alone are refused when the flow is loaded (<see cref="FlowLoader"/>); this still stops loops through
    /// handlers, whose exits the loader cannot foresee. No real flow comes near 50 steps in one turn.</summary>
    private const int MaxStepsPerTurn = 50;

    public FlowDefinition Definition { get; } = definition;

    public override string Version => Definition.Version;

    public override string? TitleKey => Definition.TitleKey;

    public override string? RestartedKey => Definition.RestartedKey;

    /// <summary>
    /// A frame of another version of this flow goes on when the step it waits at still exists unchanged, or when that
    /// step only waits for another topic open above it (it runs again, as now defined, when that topic ends): an editor
    /// who adds a menu choice or changes other steps does not throw everyone out of the topic they are in. When the
    /// question the person is answering changed (or its step is gone), the topic starts again.
    /// </summary>
    public override bool Accepts(DialogInstance frame, bool topicAbove) =>
        frame.Version == Version
        || (Definition.Step(frame.StepId) is { } step
            && (step.Version == frame.StepVersion || (topicAbove && step.Kind is FlowStepKind.Begin or FlowStepKind.Prompt)));

    /// <summary>A flow starts again with the inputs it declares, as it was begun with them.</summary>
    public override DialogArgs RestartArgs(DialogInstance frame) =>
        Pick(Definition.Inputs, frame.Values);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, DialogArgs? args, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (args?.Values is { } values)
        {
            foreach (var (name, value) in values)
            {
                instance.Values[name] = value;
            }
        }

        return RunAsync(dc, instance, Definition.Steps[0], cancellationToken);
    }

    /// <summary>A flow only waits on a child, so a message reaching it means its child is gone: run its step again.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        return RunAsync(dc, instance, Definition.Step(instance.StepId) ?? Definition.Steps[0], cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var step = Definition.Step(instance.StepId) ?? Definition.Steps[0];
        switch (result.Outcome)
        {
            case DialogOutcome.Restarted:
                return await RunAsync(dc, instance, step, cancellationToken);
            case DialogOutcome.GaveUp when step.GiveUp is not null:
                return await RunAsync(dc, instance, Definition.Step(step.GiveUp), cancellationToken);
            case DialogOutcome.GaveUp:
                await dc.SayAsync(EngineTextKeys.DialogGiveUp, instance.Values, cancellationToken);
                return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        if (step.Into is not null)
        {
            if (result.Value is null)
            {
                instance.Values.Remove(step.Into);
            }
            else
            {
                instance.Values[step.Into] = result.Value;
            }
        }

        return await RunAsync(dc, instance, Definition.After(step), cancellationToken);
    }

    public override string? HelpKey(DialogContext dc, DialogInstance instance) => null;

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, DialogInstance instance, FlowStep? step, CancellationToken cancellationToken)
    {
        for (var count = 0; step is not null; count++)
        {
            if (count == MaxStepsPerTurn)
            {
                throw new DialogDefinitionException($"{Definition.File}:{step.Line}: flow '{Id}' ran {MaxStepsPerTurn} steps without waiting for the person; it loops.");
            }

            instance.StepId = step.Id;
            instance.StepVersion = step.Version;
            switch (step.Kind)
            {
                case FlowStepKind.Say:
                    foreach (var key in step.Texts)
                    {
                        await dc.SayAsync(key, instance.Values, cancellationToken);
                    }

                    step = Definition.After(step);
                    break;
                case FlowStepKind.Prompt:
                    return await dc.PromptAsync(PromptKinds.DialogId(step.PromptKind), OptionsFor(step, instance.Values), cancellationToken);
                case FlowStepKind.Branch:
                    var target = instance.Values.TryGetValue(step.BranchOn!, out var value) && step.Cases.TryGetValue(value, out var caseStep) ? caseStep : step.Else;
                    step = target is null ? Definition.After(step) : Definition.Step(target);
                    break;
                case FlowStepKind.Handler:
                    step = await RunHandlerAsync(dc, instance, step, cancellationToken);
                    break;
                case FlowStepKind.Begin:
                    return await dc.BeginDialogAsync(step.Flow!, ArgsFor(step, instance.Values), cancellationToken);
                case FlowStepKind.Replace:
                    return await dc.ReplaceDialogAsync(step.Flow!, ArgsFor(step, instance.Values), cancellationToken);
                case FlowStepKind.End:
                    return await dc.EndDialogAsync(step.Result is null ? null : instance.Values.GetValueOrDefault(step.Result), cancellationToken);
                default:
                    throw new InvalidOperationException($"Unknown step kind {step.Kind}.");
            }
        }

        return await dc.EndDialogAsync(DialogResult.Completed(null), cancellationToken);
    }

    private async Task<FlowStep?> RunHandlerAsync(DialogContext dc, DialogInstance instance, FlowStep step, CancellationToken cancellationToken)
    {
        var handler = dc.Environment.Handlers.GetValueOrDefault(step.Handler!)
            ?? throw new DialogDefinitionException($"{Definition.File}:{step.Line}: no handler named '{step.Handler}'.");
        var exit = await handler.RunAsync(new FlowHandlerContext(dc, instance.Values), cancellationToken);
        if (exit is null)
        {
            return Definition.After(step);
        }

        return step.Exits.TryGetValue(exit, out var target)
            ? Definition.Step(target)
            : throw new DialogDefinitionException($"{Definition.File}:{step.Line}: handler '{step.Handler}' took exit '{exit}', which step '{step.Id}' does not declare.");
    }

    private static DialogArgs ArgsFor(FlowStep step, Dictionary<string, string> values) => Pick(step.With, values);

    /// <summary>The named values that are set, as the values another flow (or this one again) begins with.</summary>
    private static DialogArgs Pick(IEnumerable<string> names, Dictionary<string, string> values) =>
        new(names.Where(values.ContainsKey).ToDictionary(name => name, name => values[name], StringComparer.Ordinal));

    private static PromptOptions OptionsFor(FlowStep step, Dictionary<string, string> values) => new()
    {
        TextKey = step.TextKey!,
        RetryKey = step.RetryKey,
        HelpKey = step.HelpKey,
        Args = new Dictionary<string, string>(values, StringComparer.Ordinal),
        Choices = step.Choices.ToList(),
        Min = step.Min,
        Max = step.Max,
        Range = step.Range,
        MaxLength = step.MaxLength ?? new PromptOptions().MaxLength,
        MaxAttempts = step.Attempts,
        Validator = step.Validator,
        Understand = step.Understand,
    };
}
