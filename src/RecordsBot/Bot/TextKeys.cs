namespace RecordsBot.Bot;

/// <summary>The keys of dialogs/strings.en-US.json that the app's C# uses. Every one must exist, or the app does not start.</summary>
public static class TextKeys
{
    public const string WelcomeGreeting = "welcome.greeting";
    public const string WelcomeDisclaimer = "welcome.disclaimer";
    public const string HelpWords = "commands.help.words";
    public const string CancelWords = "commands.cancel.words";
    public const string MenuWords = "commands.menu.words";
    public const string DeleteWords = "commands.delete.words";
    public const string Cancelled = "commands.cancelled";
    public const string HelpGeneral = "help.general";
    public const string HelpNoStep = "help.noStep";
    public const string SmsStopWords = "sms.stop.words";
    public const string SmsStartWords = "sms.start.words";
    public const string SmsStopped = "sms.stopped";
    public const string SmsStarted = "sms.started";
    public const string SmsHelpOptedOut = "sms.help.optedOut";
    public const string InputEmpty = "input.empty";
    public const string InputTooLong = "input.tooLong";
    public const string ErrorTurn = "error.turn";
    public const string ErrorConflict = "error.conflict";

    // Guidance: a passage of the knowledge base with its source.
    public const string KnowledgePassage = "kb.passage";

    /// <summary>On SMS, after the main passages of a topic, when more were left out.</summary>
    public const string KnowledgeSmsMore = "kb.smsMore";

    /// <summary>The word lists read as commands before any dialog sees a message.</summary>
    public static IReadOnlyCollection<string> CommandWords { get; } = [HelpWords, CancelWords, MenuWords, DeleteWords, SmsStopWords];

    public static IEnumerable<string> Required() =>
    [
        WelcomeGreeting, WelcomeDisclaimer, HelpWords, CancelWords, MenuWords, DeleteWords, Cancelled, HelpGeneral, HelpNoStep,
        SmsStopWords, SmsStartWords, SmsStopped, SmsStarted, SmsHelpOptedOut, InputEmpty, InputTooLong, ErrorTurn, ErrorConflict,
        KnowledgePassage, KnowledgeSmsMore,
        AnswersMore, AnswersUnknown, AnswersRephrased,

        // Who to contact (providers).
        ProvidersListHeading, ProvidersListLine, ProvidersListLineWithContact, ProvidersListNoState, ProvidersKindUnknownLabel,
        ProvidersSkipWords, ProvidersWalkAlready, ProvidersPickRange, ProvidersAskState, ProvidersSameState,
    ];

    // Answers to questions asked in free words (dialogs/answers.strings.en-US.json).
    public const string AnswersMore = "answers.more";
    public const string AnswersUnknown = "answers.unknown";
    public const string AnswersRephrased = "answers.rephrased";

    // Who to contact (providers): the saved list, skip words, and the defaults for questions provider-kinds.yaml may override.
    public const string ProvidersListHeading = "providers.list.heading";
    public const string ProvidersListLine = "providers.list.line";
    public const string ProvidersListLineWithContact = "providers.list.lineWithContact";
    public const string ProvidersListNoState = "providers.list.noState";
    public const string ProvidersKindUnknownLabel = "providers.kind.unknownLabel";
    public const string ProvidersSkipWords = "providers.skip.words";
    public const string ProvidersWalkAlready = "providers.walk.already";
    public const string ProvidersPickRange = "providers.pick.range";
    public const string ProvidersAskState = "providers.add.askState";
    public const string ProvidersSameState = "providers.add.sameStateAsLast";
}
