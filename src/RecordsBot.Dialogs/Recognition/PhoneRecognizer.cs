namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// The one US phone number in a reply ("(555) 201-3344", "555.201.3344", "+1 555 201 3344", "my cell is
/// 5552013344"), via Microsoft.Recognizers.Text.Sequence, returned as E.164 ("+15552013344"). Ten digits, or eleven
/// starting with 1. Null for none, more than one, or anything else (too short, international).
/// </summary>
public static class PhoneRecognizer
{
    public static string? Recognize(string text) => throw new NotImplementedException();
}
