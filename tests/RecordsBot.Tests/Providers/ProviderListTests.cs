using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Storage;

namespace RecordsBot.Tests.Providers;

/// <summary>A person's saved list of providers on a real SQLite file: kept per person, in the order added, under a
/// key that is not their id, and erased by "delete my data".</summary>
public sealed class ProviderListTests : IAsyncLifetime
{
    private static readonly PersonRef Ann = new("sms", "+15552013344");
    private static readonly PersonRef Bob = new("webchat", "dl_0123456789abcdef");

    private readonly ProviderStore store = new();

    public Task InitializeAsync() => store.InitializeAsync();

    public Task DisposeAsync() => store.DisposeAsync();

    [Fact]
    public async Task Adds_and_lists_in_the_order_added_with_the_time_in_UTC()
    {
        var first = await store.List.AddAsync(Ann, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "OH", "555-201-3344"), default);
        store.Time.Advance(TimeSpan.FromMinutes(3));
        await store.List.AddAsync(Ann, new ProviderDetails("Mercy Hospital", "hospital", "oh", null), default);

        var list = await store.List.ListAsync(Ann, default);

        Assert.Equal(["Dr. Ana Ruiz", "Mercy Hospital"], list.Select(p => p.Name));
        Assert.Equal(first, list[0]);
        Assert.Equal("OH", list[1].State);
        Assert.Null(list[1].Contact);
        Assert.Equal(new DateTime(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc), list[0].AddedUtc);
        Assert.Equal(DateTimeKind.Utc, list[1].AddedUtc.Kind);
        Assert.Equal(new DateTime(2026, 11, 24, 15, 3, 0, DateTimeKind.Utc), list[1].AddedUtc);
    }

    [Fact]
    public async Task Each_person_sees_only_their_own_list_and_the_same_user_on_another_channel_is_another_person()
    {
        await store.List.AddAsync(Ann, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "OH", null), default);
        await store.List.AddAsync(Bob, new ProviderDetails("CVS", "pharmacy", "TX", null), default);

        Assert.Equal(["Dr. Ana Ruiz"], (await store.List.ListAsync(Ann, default)).Select(p => p.Name));
        Assert.Equal(["CVS"], (await store.List.ListAsync(Bob, default)).Select(p => p.Name));
        Assert.Empty(await store.List.ListAsync(Ann with { ChannelId = "msteams" }, default));
    }

    [Fact]
    public async Task Neither_the_phone_number_nor_the_user_id_is_stored_the_key_is_a_keyed_hash()
    {
        await store.List.AddAsync(Ann, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "OH", null), default);

        await using var db = await store.Db.CreateDbContextAsync();
        var row = await db.SavedProviders.SingleAsync();
        Assert.Matches("^[0-9a-f]{64}$", row.OwnerKey);
        Assert.DoesNotContain("5552013344", row.OwnerKey, StringComparison.Ordinal);
        Assert.Equal(await store.Keys.KeyOfAsync(Ann, default), row.OwnerKey);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("sms\n+15552013344"u8)), row.OwnerKey);
        Assert.Single(await db.AppSecrets.Where(s => s.Name == "person-key").ToListAsync());
    }

    [Fact]
    public async Task Updates_and_removes_only_the_person_s_own_entries()
    {
        var ana = await store.List.AddAsync(Ann, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "OH", null), default);
        var cvs = await store.List.AddAsync(Bob, new ProviderDetails("CVS", "pharmacy", "TX", null), default);
        store.Time.Advance(TimeSpan.FromDays(1));

        var updated = await store.List.UpdateAsync(Ann, ana.Id, new ProviderDetails("Dr. Ana Ruiz-Lopez", "primary-care", "KY", " ruiz@example.org "), default);

        Assert.Equal(new ProviderEntry(ana.Id, "Dr. Ana Ruiz-Lopez", "primary-care", "KY", "ruiz@example.org", ana.AddedUtc), updated);
        Assert.Null(await store.List.UpdateAsync(Ann, cvs.Id, new ProviderDetails("Mine now", "pharmacy", null, null), default));
        Assert.False(await store.List.RemoveAsync(Ann, cvs.Id, default));
        Assert.Equal("CVS", (await store.List.FindAsync(Bob, cvs.Id, default))?.Name);
        Assert.Null(await store.List.FindAsync(Ann, cvs.Id, default));

        Assert.True(await store.List.RemoveAsync(Ann, ana.Id, default));
        Assert.False(await store.List.RemoveAsync(Ann, ana.Id, default));
        Assert.Empty(await store.List.ListAsync(Ann, default));
        Assert.Single(await store.List.ListAsync(Bob, default));
    }

    [Fact]
    public async Task Texts_too_long_for_their_columns_are_cut_not_refused()
    {
        var entry = await store.List.AddAsync(Ann, new ProviderDetails(new string('n', 500), "hospital", "Ohio", new string('c', 900)), default);

        Assert.Equal(SavedProviderLimits.Name, entry.Name.Length);
        Assert.Equal(SavedProviderLimits.Contact, entry.Contact!.Length);
        Assert.Null(entry.State);
    }

    [Fact]
    public async Task Delete_my_data_erases_the_person_s_list_and_no_one_else_s()
    {
        await store.List.AddAsync(Ann, new ProviderDetails("Dr. Ana Ruiz", "primary-care", "OH", null), default);
        await store.List.AddAsync(Ann, new ProviderDetails("Mercy Hospital", "hospital", "OH", null), default);
        await store.List.AddAsync(Bob, new ProviderDetails("CVS", "pharmacy", "TX", null), default);
        var eraser = new ProviderListEraser(store.List);
        var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = Ann.ChannelId,
            From = new ChannelAccount(Ann.UserId),
            Conversation = new ConversationAccount(id: "conversation-1"),
        });

        await eraser.EraseAsync(PersonalDataScope.Of(turn), default);

        Assert.Empty(await store.List.ListAsync(Ann, default));
        Assert.Single(await store.List.ListAsync(Bob, default));
        Assert.Equal("saved-providers", eraser.Name);
    }
}
