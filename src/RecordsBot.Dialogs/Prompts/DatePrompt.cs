using System.Globalization;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>A date in free words ("last Tuesday", "March 3"), read against the person's own local today and limited
/// to <see cref="PromptOptions.Range"/>; the answer as yyyy-MM-dd.</summary>
public sealed class DatePrompt() : Prompt(PromptKind.Date)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        DateRecognizer.Recognize(text, dc.Environment.TodayFor(dc.Context), options.Range)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
