using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Tracking;

/// <summary>A person's tracked requests on a real SQLite file: per person, in the order added, with stable ids, under a
/// key that is not their id, every field kept as given.</summary>
public sealed class TrackedRequestsTests : IAsyncLifetime
{
    private static readonly PersonRef Ann = new("sms", "+15552013344");
    private static readonly PersonRef Bob = new("webchat", "dl_0123456789abcdef");

    private static readonly TrackedRequestDetails Mercy = new(
        7, "Mercy Hospital", "oh", RequestMethod.Mail, RequestStatus.Sent, new DateOnly(2026, 11, 17), null, new DateOnly(2026, 12, 17), null);

    private readonly TrackingStore store = new();

    public Task InitializeAsync() => store.InitializeAsync();

    public Task DisposeAsync() => store.DisposeAsync();

    [Fact]
    public async Task Adds_lists_and_finds_with_every_field_kept_and_times_in_UTC()
    {
        var first = await store.Requests.AddAsync(Ann, Mercy, default);
        store.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await store.Requests.AddAsync(Ann, Mercy with { ProviderId = null, ProviderName = "  Dr. Ana Ruiz ", ProviderState = null, Method = null, SentOn = null }, default);

        var list = await store.Requests.ListAsync(Ann, default);

        Assert.Equal([first.Id, second.Id], list.Select(r => r.Id));
        Assert.Equal(Mercy with { ProviderState = "OH" }, list[0].Details);
        Assert.Equal("Dr. Ana Ruiz", list[1].Details.ProviderName);
        Assert.Null(list[1].Details.Method);
        Assert.Equal(new DateTime(2026, 11, 24, 15, 5, 0, DateTimeKind.Utc), list[1].CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, list[0].UpdatedUtc.Kind);
        Assert.Equal(list[0], await store.Requests.FindAsync(Ann, first.Id, default));
    }

    [Fact]
    public async Task Each_person_sees_and_changes_only_their_own()
    {
        var anns = await store.Requests.AddAsync(Ann, Mercy, default);
        await store.Requests.AddAsync(Bob, Mercy with { ProviderName = "CVS" }, default);

        Assert.Equal(["Mercy Hospital"], (await store.Requests.ListAsync(Ann, default)).Select(r => r.Details.ProviderName));
        Assert.Null(await store.Requests.FindAsync(Bob, anns.Id, default));
        Assert.Null(await store.Requests.UpdateAsync(Bob, anns.Id, Mercy with { Status = RequestStatus.Denied }, default));
        Assert.False(await store.Requests.RemoveAsync(Bob, anns.Id, default));
        Assert.Empty(await store.Requests.ListAsync(Ann with { ChannelId = "msteams" }, default));
        Assert.Equal(RequestStatus.Sent, (await store.Requests.FindAsync(Ann, anns.Id, default))!.Details.Status);
    }

    [Fact]
    public async Task An_update_keeps_the_id_and_the_creation_time_and_an_extension_moves_the_current_due_date()
    {
        var added = await store.Requests.AddAsync(Ann, Mercy, default);
        store.Time.Advance(TimeSpan.FromDays(2));

        var updated = await store.Requests.UpdateAsync(Ann, added.Id, Mercy with { Status = RequestStatus.Extended, ExtendedTo = new DateOnly(2027, 1, 16) }, default);

        Assert.NotNull(updated);
        Assert.Equal(added.Id, updated.Id);
        Assert.Equal(added.CreatedUtc, updated.CreatedUtc);
        Assert.Equal(new DateTime(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc), updated.UpdatedUtc);
        Assert.Equal(new DateOnly(2027, 1, 16), updated.CurrentDueOn);
        Assert.True(updated.IsOpen);
        Assert.False((updated with { Details = updated.Details with { Status = RequestStatus.ReceivedInFull } }).IsOpen);
    }

    [Fact]
    public async Task Removing_one_leaves_the_others_and_ids_are_not_reused()
    {
        var first = await store.Requests.AddAsync(Ann, Mercy, default);
        var second = await store.Requests.AddAsync(Ann, Mercy with { ProviderName = "Quest Labs" }, default);

        Assert.True(await store.Requests.RemoveAsync(Ann, second.Id, default));
        Assert.False(await store.Requests.RemoveAsync(Ann, second.Id, default));
        var third = await store.Requests.AddAsync(Ann, Mercy with { ProviderName = "CVS" }, default);

        Assert.Equal([first.Id, third.Id], (await store.Requests.ListAsync(Ann, default)).Select(r => r.Id));
        Assert.NotEqual(second.Id, third.Id);
    }

    [Fact]
    public async Task Neither_the_phone_number_nor_the_user_id_is_stored_and_enums_are_stored_by_name()
    {
        await store.Requests.AddAsync(Ann, Mercy, default);

        await using var db = await store.Db.CreateDbContextAsync();
        var row = await db.Set<TrackedRequestRow>().SingleAsync();
        Assert.Matches("^[0-9a-f]{64}$", row.OwnerKey);
        Assert.DoesNotContain("5552013344", row.OwnerKey, StringComparison.Ordinal);
        var raw = await db.Database.SqlQueryRaw<string>("SELECT Method || '/' || Status AS Value FROM TrackedRequests").SingleAsync();
        Assert.Equal("Mail/Sent", raw);
    }

    [Fact]
    public async Task Delete_my_data_erases_every_request_of_the_person_and_no_one_elses()
    {
        await store.Requests.AddAsync(Ann, Mercy, default);
        await store.Requests.AddAsync(Ann, Mercy with { ProviderName = "Quest Labs" }, default);
        await store.Requests.AddAsync(Bob, Mercy, default);

        Assert.Equal(2, await store.Requests.RemoveAllAsync(Ann, default));

        Assert.Empty(await store.Requests.ListAsync(Ann, default));
        Assert.Single(await store.Requests.ListAsync(Bob, default));
    }
}
