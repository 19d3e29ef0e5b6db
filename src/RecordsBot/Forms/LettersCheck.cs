using RecordsBot.Dialogs;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;
using RecordsBot.Guidance;
using RecordsBot.Hosting;

namespace RecordsBot.Forms;

/// <summary>Start-up check of dialogs/letters/sources.yaml against the knowledge base: every statement a letter makes
/// rests on a passage that exists, is not unsure, carries the citation the letter prints and the number of days it
/// states. Problems are <c>file:line: what is wrong</c>. Taking <see cref="LetterFonts"/> loads the fonts at start too, so
/// a broken font file stops the start (naming it) rather than a person's first letter.</summary>
public sealed class LettersCheck(LetterSources sources, KnowledgeBase knowledge, LetterFonts fonts) : IDialogsCheck
{
    /// <summary>The fonts, loaded when this check was made.</summary>
    public LetterFonts Fonts { get; } = fonts;

    public IReadOnlyList<string> Problems(DialogCatalog catalog)
    {
        var problems = new List<string>(sources.Problems);
        foreach (var source in sources.All)
        {
            problems.AddRange(source.ProblemsWith(knowledge.Find(source.PassageId)).Select(p => $"{sources.File}:{source.Line}: {p}"));
        }

        return problems;
    }
}
