namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The date a person means in free text ("I mailed it last Tuesday", "about two weeks ago", "on March 3rd",
/// "3/4/2026", "yesterday"), relative to their own local today, via Microsoft.Recognizers.Text.DateTime (English).
/// When the text fits several dates (a month and day without a year), the one allowed by <see cref="DateRange"/>
/// closest to today wins (Past: the latest not after today; Future: the earliest not before today; Any: the
/// closest to today). Date ranges ("last week") resolve to their start for Past and Any, their end never.
/// Null when there is no date or none in range.
/// </summary>
public static class DateRecognizer
{
    public static DateOnly? Recognize(string text, DateOnly today, DateRange range) => throw new NotImplementedException();
}
