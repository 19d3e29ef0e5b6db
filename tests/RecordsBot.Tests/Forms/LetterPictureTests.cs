using System.Diagnostics;
using RecordsBot.Forms;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Forms;

/// <summary>Sample letters rendered to PNG (pdftoppm -png -r 60) into artifacts/letters/, for people to look at.</summary>
public sealed class LetterPictureTests
{
    [Fact]
    public void Sample_letters_render_to_png_pages()
    {
        var kit = LetterKit.Instance;
        var samples = new (string Name, LetterRequest Request)[]
        {
            ("request", LetterSamples.Request()),
            ("representative", LetterSamples.Request(
                representative: new LetterRepresentative("María José Núñez", "mother and legal guardian", "guardianship court order"),
                delivery: CopyDelivery.ThirdParty,
                thirdParty: new ThirdPartyRecipient("Dr. Lee's office (Austin Pediatrics)", "fax 512-555-0199, or records@austinpeds.example.org"),
                records: new RecordsWanted([RecordPart.LabResults, RecordPart.Images], new DateOnly(2024, 1, 1), null))),
            ("follow-up", LetterSamples.FollowUp()),
            ("complaint", LetterSamples.Complaint()),
        };

        foreach (var (name, request) in samples)
        {
            var (_, pdf, _) = kit.Make(request);
            var file = RepoPaths.Artifact($"letters/{name}.pdf");
            File.WriteAllBytes(file, pdf.Pdf);
            foreach (var old in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, name + "-*.png"))
            {
                File.Delete(old);
            }

            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", file, Path.Combine(Path.GetDirectoryName(file)!, name)]) { RedirectStandardError = true })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var pngs = Directory.EnumerateFiles(Path.GetDirectoryName(file)!, name + "-*.png").ToList();
            Assert.Equal(pdf.PageCount, pngs.Count);
            Assert.All(pngs, p => Assert.True(new FileInfo(p).Length > 5_000, $"{p} looks empty"));
        }
    }
}
