using System.Net;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using RecordsBot.Forms;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Forms;

/// <summary>Letters made through <see cref="ILetters"/> in the real app and fetched over real HTTP by their links.</summary>
public sealed class LetterDownloadTests : AppTest
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    protected override RecordsBotApp CreateApp() => new(Data, services: s => s.AddSingleton<TimeProvider>(time));

    [Fact]
    public async Task A_good_link_gives_the_pdf_as_an_attachment_that_is_not_cached()
    {
        var letters = App.Get<ILetters>();
        var handle = await letters.CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);

        Assert.Equal(App.BaseAddress.Host, handle.DownloadUrl.Host);
        Assert.Matches("^/l/[A-Za-z0-9_-]{22}$", handle.DownloadUrl.AbsolutePath);
        using var http = App.Http();
        using var response = await http.GetAsync(handle.DownloadUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("records-request-2026-11-25.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("O'Brien-Núñez", PdfText.PdfToText(bytes));
    }
}
