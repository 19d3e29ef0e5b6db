using RecordsBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecordsBot();

var app = builder.Build();
app.UseRecordsBot();
app.Run();

/// <summary>The web app's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
