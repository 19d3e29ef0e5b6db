using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>An exception no handler expected: a plain 500 with no details, and a log line without its message.</summary>
public sealed class UnhandledErrorTests : AppTest
{
    private const string Secret = "Zoë O'Brien-Núñez 1961-02-03";

    protected override RecordsBotApp CreateApp() => new(Data, services: s => s.AddTransient<IStartupFilter, ThrowingPath>());

    [Fact]
    public async Task The_response_has_no_stack_trace_and_the_log_has_no_exception_message()
    {
        var response = await App.Http().GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body);
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain(" at ", body);
        var logs = string.Join("\n", App.Logs);
        Assert.Contains("request_failed", logs);
        Assert.Contains(typeof(InvalidDataException).FullName!, logs);
        Assert.DoesNotContain("Zoë", logs);
        Assert.DoesNotContain("1961-02-03", logs);
    }

    private sealed class ThrowingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == "/boom" ? throw new InvalidDataException("bad data from " + Secret) : following(context));
        };
    }
}
