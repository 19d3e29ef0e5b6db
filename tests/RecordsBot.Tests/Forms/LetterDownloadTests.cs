using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Forms;
using RecordsBot.Forms.Storage;
using RecordsBot.Privacy;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Forms;

/// <summary>Letters made through <see cref="ILetters"/> in the real app and fetched over real HTTP by their links: a good
/// link gives the PDF, a forged one 404, an expired one 410, and none works after "delete my data".</summary>
public sealed class LetterDownloadTests : AppTest
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp() => new(Data, services: s => s.AddSingleton<TimeProvider>(time));

    [Fact]
    public async Task A_good_link_gives_the_pdf_as_an_attachment_that_is_not_cached()
    {
        var handle = await App.Get<ILetters>().CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);

        Assert.Equal(App.BaseAddress.Host, handle.DownloadUrl.Host);
        Assert.Equal(App.BaseAddress.Port, handle.DownloadUrl.Port);
        Assert.Matches("^/l/[A-Za-z0-9_-]{22}$", handle.DownloadUrl.AbsolutePath);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromDays(7), handle.ExpiresAt);
        Assert.Equal("records-request-2026-11-25.pdf", handle.FileName);
        Assert.Contains("Siobhán O'Brien-Núñez", handle.PlainText);
        Assert.Contains("(45 CFR 164.524(b)(2))", handle.PlainText);

        using var http = App.Http();
        using var response = await http.GetAsync(handle.DownloadUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("records-request-2026-11-25.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(handle.PageCount, PdfText.Read(bytes).Pages.Count);
        var text = PdfText.PdfToText(bytes);
        Assert.Contains("Siobhán O'Brien-Núñez", text);
        Assert.Contains("Hill Country Family Medicine", text);
    }

    [Fact]
    public async Task Links_are_different_every_time_and_a_forged_or_malformed_one_is_not_found()
    {
        var letters = App.Get<ILetters>();
        var first = await letters.CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);
        var second = await letters.CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);
        Assert.NotEqual(first.DownloadUrl, second.DownloadUrl);
        Assert.NotEqual(first.Id, second.Id);

        var token = first.DownloadUrl.AbsolutePath[3..];
        var flipped = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        using var http = App.Http();
        foreach (var path in new[] { "/l/" + flipped, "/l/" + LetterLinks.NewToken(), "/l/" + token[..21], "/l/" + token + "A", "/l/" + first.Id, "/l/..%2Fhealthz" })
        {
            using var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_the_letter_is_deleted_after_the_retention_limit()
    {
        var handle = await App.Get<ILetters>().CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);
        using var http = App.Http();

        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(handle.DownloadUrl)).StatusCode);

        time.Advance(TimeSpan.FromSeconds(1));
        using (var expired = await http.GetAsync(handle.DownloadUrl))
        {
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            Assert.NotEqual("application/pdf", expired.Content.Headers.ContentType?.MediaType);
        }

        var store = App.Get<LetterStore>();
        var person = PersonRef.Of(LetterSamples.Turn());
        Assert.Equal(0, await App.Get<LetterRetention>().SweepAsync(default));
        Assert.Equal(1, await store.CountAsync(person, default));

        // Past 30 days the letter goes: at the next sweep (the app's own, on the fake clock, may already have run).
        time.Advance(TimeSpan.FromDays(23));
        await App.Get<LetterRetention>().SweepAsync(default);
        Assert.Equal(0, await store.CountAsync(person, default));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(handle.DownloadUrl)).StatusCode);
    }

    [Fact]
    public async Task Delete_my_data_erases_the_person_s_letters_and_only_theirs()
    {
        var letters = App.Get<ILetters>();
        var mine = await letters.CreateAsync(LetterSamples.Turn("webchat", "user-ann", "c-ann"), LetterSamples.Request(), default);
        var theirs = await letters.CreateAsync(LetterSamples.Turn("webchat", "user-bob", "c-bob"), LetterSamples.FollowUp(), default);
        using var http = App.Http();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(mine.DownloadUrl)).StatusCode);

        var bot = new BotClient(http, "webchat", "c-ann-2", "user-ann");
        await bot.SayAsync("delete my data");
        var done = await bot.SayAsync("yes");
        Assert.Contains(done, a => a.Text?.StartsWith("Done. I deleted what I kept about you.", StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(mine.DownloadUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(theirs.DownloadUrl)).StatusCode);
        Assert.Equal(0, await App.Get<LetterStore>().CountAsync(PersonRef.Of(LetterSamples.Turn("webchat", "user-ann")), default));
        Assert.Contains(App.Logs, l => l.Contains("Erased letters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("name", "Ann 😀 Lee")]
    [InlineData("provider-name", "Clinic 漢")]
    [InlineData("what-happened", "They 🙄 no")]
    public async Task A_character_no_font_has_names_the_answer_that_holds_it_and_nothing_is_stored(string field, string text)
    {
        var request = field switch
        {
            "name" => LetterSamples.Request(patient: LetterSamples.Patient with { FullName = text }),
            "provider-name" => LetterSamples.Request(provider: LetterSamples.Provider with { Name = text }),
            _ => LetterSamples.Complaint(whatHappened: text),
        };

        var e = await Assert.ThrowsAsync<LetterRenderException>(() => App.Get<ILetters>().CreateAsync(LetterSamples.Turn(), request, default));

        Assert.Equal(FormsTextKeys.ErrorGlyphs, e.TextKey);
        Assert.Equal(field, e.Values[LetterFieldNames.Field]);
        Assert.Equal(text.Split(' ')[1], e.Values[LetterFieldNames.Characters]);
        Assert.Equal(0, await App.Get<LetterStore>().CountAsync(PersonRef.Of(LetterSamples.Turn()), default));
    }

    [Fact]
    public async Task The_letter_is_stored_under_the_person_s_key_never_their_id_and_nothing_personal_is_logged()
    {
        var handle = await App.Get<ILetters>().CreateAsync(LetterSamples.Turn("sms", "+15125550142", "sms-conv"), LetterSamples.Request(), default);
        using var http = App.Http();
        await http.GetAsync(handle.DownloadUrl);
        await http.GetAsync("/l/" + LetterLinks.NewToken());
        Assert.Throws<LetterRenderException>(() => App.Get<RecordsBot.Forms.Composition.LetterComposer>().Compose(LetterSamples.Request(delivery: CopyDelivery.ThirdParty)));
        await Assert.ThrowsAsync<LetterRenderException>(() => App.Get<ILetters>().CreateAsync(LetterSamples.Turn(), LetterSamples.Request(patient: LetterSamples.Patient with { FullName = "Ann 😀" }), default));

        await using (var db = await App.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<RecordsBot.Storage.RecordsBotDbContext>>().CreateDbContextAsync())
        {
            var row = db.Set<StoredLetter>().Single();
            Assert.Matches("^[0-9a-f]{64}$", row.OwnerKey);
            Assert.Equal(await App.Get<PersonKeys>().KeyOfAsync(new PersonRef("sms", "+15125550142"), default), row.OwnerKey);
            Assert.Equal(LetterLinks.Hash(handle.DownloadUrl.AbsolutePath[3..]), row.TokenHash);
            Assert.DoesNotContain(handle.DownloadUrl.AbsolutePath[3..], row.TokenHash, StringComparison.Ordinal);
        }

        var logs = string.Join("\n", App.Logs);
        Assert.Contains("letter_created", logs);
        Assert.Contains("letter_downloaded", logs);
        Assert.Contains("letter_link_refused", logs);
        Assert.Contains("letter_refused", logs);
        foreach (var secret in new[] { "Siobhán", "O'Brien", "Núñez", "1428 Elm", "555-0142", "5125550142", "siobhan", "1984", "March 7", "Hill Country", "Congress", "6789", "😀", handle.DownloadUrl.AbsolutePath[3..] })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
