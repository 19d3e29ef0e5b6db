using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Questions;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs.Tests.Support;

public static class TestEnvironment
{
    public static DialogEnvironment Create(
        TextCatalog? texts = null,
        PhraseMatcher? phrases = null,
        IEnumerable<IFlowHandler>? handlers = null,
        IEnumerable<IPromptValidator>? validators = null,
        TimeProvider? time = null,
        int smsMaxLength = 306,
        IQuestionAnswerer? questions = null)
    {
        texts ??= EngineTexts.Catalog();
        return new DialogEnvironment(
            texts,
            new MessageRenderer(texts, new RenderingOptions { SmsMaxLength = smsMaxLength }),
            time ?? TestClock.At(),
            TestClock.Chicago,
            phrases,
            (handlers ?? []).ToDictionary(h => h.Name, StringComparer.Ordinal),
            (validators ?? []).ToDictionary(v => v.Name, StringComparer.Ordinal),
            questions);
    }

    /// <summary>The dialog set with every prompt kind, plus <paramref name="dialogs"/>.</summary>
    public static DialogSet Prompts(params Dialog[] dialogs)
    {
        var set = new DialogSet();
        foreach (var prompt in new Prompt[] { new TextPrompt(), new ChoicePrompt(), new ConfirmPrompt(), new NumberPrompt(), new DatePrompt(), new EmailPrompt(), new PhonePrompt(), new StatePrompt() })
        {
            set.Add(prompt);
        }

        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return set;
    }
}

/// <summary>A handler made of a lambda.</summary>
public sealed class TestHandler(string name, Func<FlowHandlerContext, string?> run) : IFlowHandler
{
    public string Name { get; } = name;

    public int Calls { get; private set; }

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(run(context));
    }
}

/// <summary>A validator made of a lambda: returns an error key or null.</summary>
public sealed class TestValidator(string name, Func<string, string?> check) : IPromptValidator
{
    public string Name { get; } = name;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(check(value));
}
