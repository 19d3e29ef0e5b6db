using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs;

/// <summary>The string keys the engine itself says. Every one must be in dialogs/strings, or loading fails.</summary>
public static class EngineTextKeys
{
    /// <summary>"This topic was updated since we last talked, so it starts again." ({topic}).</summary>
    public const string DialogRestarted = "dialog.restarted";

    /// <summary>The same for a dialog without a title (C# dialogs; every flow has one).</summary>
    public const string DialogRestartedUntitled = "dialog.restartedUntitled";

    /// <summary>Said when what the person was doing no longer exists after a deploy.</summary>
    public const string DialogChanged = "dialog.changed";

    /// <summary>Said when a prompt reached its attempt limit and the flow gave no other way on.</summary>
    public const string DialogGiveUp = "dialog.giveUp";

    /// <summary>One numbered line of a choice on SMS ({number}, {label}).</summary>
    public const string ChoiceSmsLine = "choice.sms.line";

    public const string ConfirmYesLabel = "confirm.yes.label";
    public const string ConfirmNoLabel = "confirm.no.label";

    /// <summary>Comma-separated words that mean yes / no.</summary>
    public const string ConfirmYesWords = "confirm.yes.words";
    public const string ConfirmNoWords = "confirm.no.words";

    /// <summary>Date retries that say what was wrong: a span instead of a day, a day still to come, a day gone.</summary>
    public const string RetryDateVague = "retry.date.vague";
    public const string RetryDateNotYet = "retry.date.notYet";
    public const string RetryDateAlreadyPast = "retry.date.alreadyPast";

    /// <summary>A number retry for a number outside the question's min and max.</summary>
    public const string RetryNumberRange = "retry.number.range";

    /// <summary>Said to a reply a prompt of this kind cannot use, unless the step names its own retry text.</summary>
    public static string Retry(PromptKind kind) => "retry." + PromptKinds.Name(kind);

    /// <summary>What a prompt of this kind expects, for help, unless the step names its own help text.</summary>
    public static string Help(PromptKind kind) => "help." + PromptKinds.Name(kind);

    public static IEnumerable<string> Required()
    {
        yield return DialogRestarted;
        yield return DialogRestartedUntitled;
        yield return DialogChanged;
        yield return DialogGiveUp;
        yield return ChoiceSmsLine;
        yield return ConfirmYesLabel;
        yield return ConfirmNoLabel;
        yield return ConfirmYesWords;
        yield return ConfirmNoWords;
        yield return RetryDateVague;
        yield return RetryDateNotYet;
        yield return RetryDateAlreadyPast;
        yield return RetryNumberRange;
        foreach (var kind in Enum.GetValues<PromptKind>())
        {
            yield return Retry(kind);
            yield return Help(kind);
        }
    }
}
