namespace RecordsBot.Bot;

/// <summary>What a message asks of the bot itself, before any dialog sees it.</summary>
public enum GlobalCommand
{
    None,
    Help,
    Cancel,
    Menu,
    DeleteMyData,

    /// <summary>SMS carrier keyword: opt out of every message (STOP, UNSUBSCRIBE, CANCEL, END, QUIT…).</summary>
    SmsStop,

    /// <summary>SMS carrier keyword: opt back in (START, UNSTOP; YES only while opted out).</summary>
    SmsStart,
}
