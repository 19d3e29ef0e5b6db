using RecordsBot.Dialogs;
using RecordsBot.Guidance;
using RecordsBot.Hosting;

namespace RecordsBot.Forms.Flow;

/// <summary>Start-up check of the letter flow against dialogs/: every text its C# says exists, and every passage it
/// says (by id) is in the knowledge base.</summary>
public sealed class LetterFlowCheck(KnowledgeBase knowledge) : IDialogsCheck
{
    public IReadOnlyList<string> Problems(DialogCatalog catalog)
    {
        var problems = LetterTextKeys.Required
            .Where(key => !catalog.Texts.Has(key))
            .Select(key => $"{catalog.Texts.Path}: the letter flow needs string key '{key}', which is in no strings file.")
            .ToList();
        problems.AddRange(LetterPassages.All
            .Where(id => knowledge.Find(id) is null)
            .Select(id => $"{Path.Combine(Path.GetDirectoryName(catalog.Texts.Path) ?? string.Empty, KnowledgeBase.Folder, KnowledgeBase.PassagesFile)}: the letter flow says passage '{id}', which is not in the file."));
        return problems;
    }
}
