using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RecordsBot.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a random loopback port, with its own SQLite file (kept across instances that share
/// a <see cref="TestDataFolder"/>, to test restarts), optional settings, service overrides and captured logs.
/// </summary>
public sealed class RecordsBotApp : WebApplicationFactory<Program>
{
    private readonly TestDataFolder data;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    public RecordsBotApp(TestDataFolder data, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.data = data;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.services = services;
        // Kestrel on a random loopback port chosen through the "urls" setting (see ConfigureWebHost). Not
        // UseKestrel(port): with minimal hosting it rewrites the addresses after the server may have started.
        UseKestrel();
        try
        {
            StartServer();
        }
        catch
        {
            // A start that fails (bad settings, broken dialogs) must not leave its half-built host behind for the next test.
            Dispose();
            throw;
        }

        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>A plain HttpClient on the app's real address (no test handler in between).</summary>
    public HttpClient Http() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:RecordsBot", $"Data Source={data.DatabasePath}");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter((_, _) => true);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
