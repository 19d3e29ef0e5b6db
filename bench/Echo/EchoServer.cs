namespace RecordsBot.Bench.Echo;

/// <summary>The baseline: an echo bot on the same SDK and the same SQLite storage as RecordsBot, in a process of its own.</summary>
public static class EchoServer
{
    public static Task RunAsync(string[] args) => throw new NotImplementedException();
}
