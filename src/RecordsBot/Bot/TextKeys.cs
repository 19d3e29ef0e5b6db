namespace RecordsBot.Bot;

/// <summary>The keys of dialogs/strings.*.json that C# uses. Every one must exist, or the app does not start.</summary>
public static class TextKeys
{
    public const string WelcomeGreeting = "welcome.greeting";
    public const string WelcomeDisclaimer = "welcome.disclaimer";
    public const string MenuKeywords = "menu.keywords";
    public const string MenuPrompt = "menu.prompt";
    public const string MenuSmsLine = "menu.sms.line";
    public const string MenuNotReady = "menu.notReady";
    public const string InputNotUnderstood = "input.notUnderstood";
    public const string InputEmpty = "input.empty";
    public const string InputTooLong = "input.tooLong";
    public const string ErrorTurn = "error.turn";
    public const string ErrorConflict = "error.conflict";

    public static string MenuLabel(string topic) => $"menu.{topic}.label";

    public static string MenuAbout(string topic) => $"menu.{topic}.about";

    public static IEnumerable<string> Required()
    {
        yield return WelcomeGreeting;
        yield return WelcomeDisclaimer;
        yield return MenuKeywords;
        yield return MenuPrompt;
        yield return MenuSmsLine;
        yield return MenuNotReady;
        yield return InputNotUnderstood;
        yield return InputEmpty;
        yield return InputTooLong;
        yield return ErrorTurn;
        yield return ErrorConflict;
        foreach (var topic in MainMenu.Topics)
        {
            yield return MenuLabel(topic);
            yield return MenuAbout(topic);
        }
    }
}
