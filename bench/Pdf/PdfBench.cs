namespace RecordsBot.Bench.Pdf;

/// <summary>Letter PDFs: many letters composed and rendered, milliseconds per letter.</summary>
public sealed class PdfBench : IBenchPart
{
    public string Name => "pdf";

    public Task<BenchSection> RunAsync(BenchContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The PDF benchmark is being written.");
}
