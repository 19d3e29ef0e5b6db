using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Guidance;
using RecordsBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecordsBot();

var app = builder.Build();
try
{
    // Checked before the server starts, so a broken dialogs/ file or a bad setting stops the start with its list of
    // problems (file:line, or the setting to fix) at the top of the output, before any stack trace.
    StartupChecks.Verify(app.Services);
}
catch (Exception e) when (e is DialogLoadException or KnowledgeLoadException or OptionsValidationException)
{
    // The list first, in plain words; the exception still ends the process (and reaches test hosts) as before.
    Console.Error.WriteLine("RecordsBot cannot start. " + e.Message + Environment.NewLine);
    throw;
}

app.UseRecordsBot();
app.Run();

/// <summary>The web app's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
