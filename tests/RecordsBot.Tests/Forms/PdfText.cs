using System.Diagnostics;
using UglyToad.PdfPig;

namespace RecordsBot.Tests.Forms;

/// <summary>Reads a letter back: its pages' size and text with PdfPig, and its text as poppler's pdftotext lays it out.</summary>
public static class PdfText
{
    public static (IReadOnlyList<(double Width, double Height)> Pages, string Text) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return (pages.Select(p => (p.Width, p.Height)).ToList(), string.Join("\n", pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
    }

    /// <summary>The text as pdftotext -layout reads it, lines joined with spaces and runs of spaces made one (so a phrase
    /// wrapped across lines is still found).</summary>
    public static string PdfToText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Flatten(text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string Flatten(string text) => string.Join(" ", text.Split([' ', '\n', '\r', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
