using System.Globalization;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>A number in digits or words, within <see cref="PromptOptions.Min"/> and <see cref="PromptOptions.Max"/>
/// when set; the answer in invariant form ("3", "12.5").</summary>
public sealed class NumberPrompt() : Prompt(PromptKind.Number)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        NumberRecognizer.Recognize(text) is { } number && InRange(options, number) ? number.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>A number outside min and max gets a retry that says so, not "I need a number".</summary>
    protected override string? RetryKeyFor(DialogContext dc, PromptOptions options, string text) =>
        NumberRecognizer.Recognize(text) is { } number && !InRange(options, number) ? EngineTextKeys.RetryNumberRange : null;

    private static bool InRange(PromptOptions options, decimal number) =>
        (options.Min is null || number >= options.Min) && (options.Max is null || number <= options.Max);
}
