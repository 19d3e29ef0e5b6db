namespace RecordsBot.Dialogs.Recognition;

/// <summary>A single number in a reply, in digits or words ("3", "three", "twenty five", "1,200"), via
/// Microsoft.Recognizers.Text.Number (English). Null when there is none or more than one different number.</summary>
public static class NumberRecognizer
{
    public static decimal? Recognize(string text) => throw new NotImplementedException();
}
