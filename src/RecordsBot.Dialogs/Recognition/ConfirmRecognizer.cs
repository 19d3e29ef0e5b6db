namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// Yes or no from a reply: a whole reply equal (normalized) to one of the words ("yes", "yeah", "y", "nope", "n",
/// "sure"...), or starting with one followed by more words ("yes please", "no thanks"), or "1"/"2" (the order the
/// bot shows Yes and No). Null when it is neither or both.
/// </summary>
public static class ConfirmRecognizer
{
    public static bool? Recognize(string text, ConfirmWords words) => throw new NotImplementedException();
}
