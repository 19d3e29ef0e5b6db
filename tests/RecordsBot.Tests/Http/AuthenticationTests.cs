using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>With an Azure Bot registration configured, only authenticated channel requests run turns.</summary>
public sealed class AuthenticationTests : AppTest
{
    protected override RecordsBotApp CreateApp() => new(Data, new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
    });

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task An_unauthenticated_activity_gets_401_and_runs_no_turn(string? authorization)
    {
        var response = await new BotClient(App.Http()).PostAsync(new Activity(ActivityTypes.Message) { Text = "hi" }, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        await AssertNoTurnRan();
    }

    [Theory]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxIn0.")]
    [InlineData("eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAxIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2ln")]
    public async Task A_well_formed_token_that_cannot_be_verified_is_refused_and_runs_no_turn(string jwt)
    {
        var response = await new BotClient(App.Http()).PostAsync(new Activity(ActivityTypes.Message) { Text = "hi" }, "Bearer " + jwt);

        // 401 where the Bot Framework signing keys can be fetched and reject it; 503 (try again) where they cannot,
        // as on this offline machine. Either way nothing runs.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable });
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        await AssertNoTurnRan();
    }

    private async Task AssertNoTurnRan()
    {
        await using var db = await App.Get<IDbContextFactory<RecordsBotDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.StateItems.CountAsync());
    }

    [Fact]
    public async Task The_local_channel_is_off_when_an_app_id_is_set()
    {
        var http = App.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/webchat/session", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/v3/conversations/x/activities", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }
}
