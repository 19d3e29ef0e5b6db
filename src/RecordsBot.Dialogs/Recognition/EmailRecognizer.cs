namespace RecordsBot.Dialogs.Recognition;

/// <summary>The one email address in a reply ("it's Jane.Doe@Example.org"), via Microsoft.Recognizers.Text.Sequence,
/// returned trimmed with the domain lower-cased. Null when there is none or more than one.</summary>
public static class EmailRecognizer
{
    public static string? Recognize(string text) => throw new NotImplementedException();
}
