namespace RecordsBot.Bench.Echo;

/// <summary>The echo bot's conversation state: how many messages it has echoed.</summary>
public sealed class EchoCount
{
    public int Messages { get; set; }
}
