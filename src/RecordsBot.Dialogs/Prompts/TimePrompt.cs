using System.Globalization;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>A time of day in free words ("9am", "noon", "5:30 pm"); the answer as HH:mm, in the person's own time.</summary>
public sealed class TimePrompt() : Prompt(PromptKind.Time)
{
    protected override string? Recognize(DialogContext dc, PromptOptions options, string text) =>
        TimeRecognizer.Recognize(text)?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
