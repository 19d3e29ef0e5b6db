namespace RecordsBot.Bot;

/// <summary>The topic in progress. An error in a turn resets this, and only this.</summary>
public sealed class DialogState
{
    public string? ActiveTopic { get; set; }
}
