using System.Globalization;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>A day in free words ("last Tuesday", "March 3"), read against the person's own local today and limited
/// to <see cref="PromptOptions.Range"/>; the answer as yyyy-MM-dd. A span ("last week") or a day out of range gets a
/// retry that says so.</summary>
public sealed class DatePrompt() : Prompt(PromptKind.Date)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        Read(dc, options, text).Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override string? RetryKeyFor(DialogContext dc, PromptOptions options, string text) =>
        Read(dc, options, text).Problem switch
        {
            DateProblem.Vague => EngineTextKeys.RetryDateVague,
            DateProblem.NotYet => EngineTextKeys.RetryDateNotYet,
            DateProblem.AlreadyPast => EngineTextKeys.RetryDateAlreadyPast,
            _ => null,
        };

    private static DateReading Read(DialogContext dc, PromptOptions options, string text) =>
        DateRecognizer.Read(text, dc.Environment.TodayFor(dc.Context), options.Range);
}
