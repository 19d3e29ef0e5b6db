using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the answer in canonical text form. A reply it cannot use (or that its validator
/// refuses) gets a retry message; after <see cref="PromptOptions.MaxAttempts"/> such replies it ends with
/// <see cref="DialogResult.GaveUp"/>, so the flow offers a way out instead of asking forever. With
/// <see cref="PromptOptions.Understand"/>, a reply that is no answer but names a topic in free words opens that topic
/// on top of the prompt, which asks again when the topic ends.
/// <para>
/// A question asked instead of an answer (<see cref="IsQuestion"/>) goes to the environment's
/// <see cref="Questions.IQuestionAnswerer"/>, when there is one: once it has answered (or said it does not know), the
/// prompt asks its question again, without the retry text and without counting a failed attempt, and the flow keeps
/// everything it has. Most prompts first try the reply as an answer, so "is 3 enough?" to a number question is 3. A
/// prompt that accepts any text takes a question there only when it ends with '?'. A prompt that understands free words
/// (the menu) asks the answerer first, unless the reply names a choice outright (a button's text such as "What ID to
/// bring"); when the answerer has no confident answer, the phrase book may still name a topic, and only then does the
/// answerer say it does not know (a question is not read as a choice it merely mentions).
/// </para>
/// </summary>
public abstract class Prompt(PromptKind kind) : Dialog(PromptKinds.DialogId(kind))
{
    public PromptKind Kind { get; } = kind;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, DialogArgs? args, CancellationToken cancellationToken)
    {
        var options = args?.Prompt ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(args));
        dc.ActiveDialog!.Prompt = new PromptState { Options = options };

        // A message that arrived before any dialog was active may already answer this question.
        if (dc.TakePendingInput() is { } input && await TryAnswerAsync(dc, options, input, cancellationToken) is { } answered)
        {
            return answered;
        }

        // The words that opened this topic may already answer its first question, when that question is a choice or
        // a state and the words name one outright ("my mom died" → "Someone who died"). Never the menu (it would open
        // the topic again), never a question that takes any text or a yes/no (the words were not meant as that).
        if (!options.Understand && Kind is PromptKind.Choice or PromptKind.State && dc.TakeOpeningWords() is { } words
            && Recognize(dc, options, words) is { } named && await AcceptsAsync(dc, options, named, cancellationToken))
        {
            return await dc.EndDialogAsync(named, cancellationToken);
        }

        await AskAsync(dc, options, options.TextKey, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.Prompt!;
        var text = dc.Context.Activity.Text?.Trim() ?? string.Empty;
        if (await TryAnswerAsync(dc, state.Options, text, cancellationToken) is { } answered)
        {
            return answered;
        }

        state.FailedAttempts++;
        if (state.FailedAttempts >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(DialogResult.GaveUp, cancellationToken);
        }

        var retryKey = state.LastErrorKey ?? RetryKeyFor(dc, state.Options, text) ?? state.Options.RetryKey ?? EngineTextKeys.Retry(Kind);
        state.LastErrorKey = null;
        await AskAsync(dc, state.Options, retryKey, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// A topic opened on top of this prompt (free words, or an interruption such as "delete my data") has ended: the
    /// prompt hands back with <see cref="DialogOutcome.Restarted"/> so the dialog that asked runs its step again and
    /// asks the question as it is defined now. At the root of a stack, it asks again itself.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        if (dc.Stack.Count > 1)
        {
            return await dc.EndDialogAsync(DialogResult.Restarted, cancellationToken);
        }

        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        AskAsync(dc, instance.Prompt!.Options, instance.Prompt.Options.TextKey, cancellationToken);

    public override string? HelpKey(DialogContext dc, DialogInstance instance) => instance.Prompt?.Options.HelpKey ?? EngineTextKeys.Help(Kind);

    /// <summary>The answer in canonical form, or null when the reply is none.</summary>
    protected abstract string? Recognize(DialogContext dc, PromptOptions options, string text);

    /// <summary>Whether a reply that is no answer may still open a topic named in free words.</summary>
    protected virtual bool MayUnderstand(DialogContext dc, PromptOptions options, string text) => true;

    /// <summary>A retry key that says what exactly was wrong with the reply (a date out of range…), or null.</summary>
    protected virtual string? RetryKeyFor(DialogContext dc, PromptOptions options, string text) => null;

    /// <summary>The labels to offer as choices, or null for a question without choices.</summary>
    protected virtual IReadOnlyList<string>? Labels(DialogContext dc, PromptOptions options) => null;

    /// <summary>
    /// What becomes of <paramref name="text"/>: the prompt's answer (it ends), a topic opened on top, a question answered
    /// and the prompt asked again (Waiting), or null for a reply the prompt cannot use.
    /// </summary>
    private async Task<DialogTurnResult?> TryAnswerAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var answerer = dc.Environment.Questions;
        var question = answerer is not null && text.Length > 0 && IsQuestion(dc, options, text);

        // Where any reply is an answer (text) or a question may name a topic (the menu), the question comes first.
        var askedFirst = question && (AcceptsAnyText || options.Understand) && !AnswersExactly(dc, options, text);
        if (askedFirst && await answerer!.TryAnswerAsync(dc, text, cancellationToken))
        {
            return await AskAgainAsync(dc, options, cancellationToken);
        }

        if (askedFirst && AcceptsAnyText && await answerer!.TrySayUnknownAsync(dc, text, cancellationToken))
        {
            return await AskAgainAsync(dc, options, cancellationToken);
        }

        // A question the answerer could not answer at the menu is not read as a choice it merely mentions ("who won
        // the super bowl?" is not "who to contact"): a choice named outright was taken above; the phrase book decides.
        var value = text.Length == 0 || (askedFirst && options.Understand) ? null : Recognize(dc, options, text);
        if (value is not null && options.Validator is { } validatorName)
        {
            var validator = dc.Environment.Validators.GetValueOrDefault(validatorName)
                ?? throw new DialogDefinitionException($"No prompt validator named '{validatorName}'.");
            if (await validator.ValidateAsync(dc, options, value, cancellationToken) is { } errorKey)
            {
                // An answer the check refused was still an answer, not a question: the check's own text follows.
                dc.ActiveDialog!.Prompt!.LastErrorKey = errorKey;
                return null;
            }
        }

        if (value is not null)
        {
            return await dc.EndDialogAsync(value, cancellationToken);
        }

        // A topic named in free words opens on top of this question, unless it is already open (it would nest forever).
        // Its first question may take the same words as its answer (see OpeningWords).
        if (options.Understand && text.Length > 0 && MayUnderstand(dc, options, text) && dc.Environment.Phrases?.Match(text) is { } match
            && dc.FindDialog(match.Target) is not null && !dc.Stack.Any(f => f.Id == match.Target))
        {
            dc.OpeningWords = text;
            try
            {
                return await dc.BeginDialogAsync(match.Target, null, cancellationToken);
            }
            finally
            {
                dc.OpeningWords = null;
            }
        }

        if (question && !askedFirst && await answerer!.TryAnswerAsync(dc, text, cancellationToken))
        {
            return await AskAgainAsync(dc, options, cancellationToken);
        }

        if (question && !(askedFirst && AcceptsAnyText) && await answerer!.TrySayUnknownAsync(dc, text, cancellationToken))
        {
            return await AskAgainAsync(dc, options, cancellationToken);
        }

        return null;
    }

    /// <summary>Whether the prompt's validator (if any) takes <paramref name="value"/>, without saying anything.</summary>
    private static async Task<bool> AcceptsAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        options.Validator is not { } name
        || (dc.Environment.Validators.GetValueOrDefault(name) is { } validator && await validator.ValidateAsync(dc, options, value, cancellationToken) is null);

    /// <summary>Whether <paramref name="text"/> is a question rather than an attempt at an answer: by default its shape
    /// (<see cref="QuestionShape.IsQuestion"/>); a prompt that accepts any text counts only a reply ending in '?'.</summary>
    protected virtual bool IsQuestion(DialogContext dc, PromptOptions options, string text) =>
        AcceptsAnyText ? QuestionShape.EndsWithQuestionMark(text) : QuestionShape.IsQuestion(text);

    /// <summary>Whether any text is an answer, so a question must be told apart before the reply is taken.</summary>
    protected virtual bool AcceptsAnyText => false;

    /// <summary>Whether the reply names an answer outright (a choice's number or label), which wins over its shape.</summary>
    protected virtual bool AnswersExactly(DialogContext dc, PromptOptions options, string text) => false;

    /// <summary>The question again after an answer to the person's own question: as first asked, no retry text, no attempt counted.</summary>
    private async Task<DialogTurnResult> AskAgainAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.Prompt!.LastErrorKey = null;
        await AskAsync(dc, options, options.TextKey, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private Task AskAsync(DialogContext dc, PromptOptions options, string key, CancellationToken cancellationToken)
    {
        var texts = dc.Environment.Texts;
        var text = texts.Get(key, dc.ChannelId, options.Args);
        if (key != options.TextKey && !string.IsNullOrEmpty(options.TextKey))
        {
            // A retry says what was wrong, then the question again, so the person never has to scroll back.
            text += "\n\n" + texts.Get(options.TextKey, dc.ChannelId, options.Args);
        }

        var labels = Labels(dc, options);
        var activities = labels is null ? dc.Environment.Renderer.Text(dc.ChannelId, text) : dc.Environment.Renderer.Choices(dc.ChannelId, text, labels);
        return dc.SendAsync(activities, cancellationToken);
    }
}
