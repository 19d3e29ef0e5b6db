using RecordsBot.Bench;
using RecordsBot.Bench.Echo;

// `serve-echo` is the baseline bot's own process (started by the load part); anything else runs the benchmark.
if (args.Length > 0 && args[0] == "serve-echo")
{
    await EchoServer.RunAsync(args[1..]);
    return 0;
}

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

return await BenchRun.RunAsync(settings, Console.Out, Console.Error);
