using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Texts;
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

        var stringsFile = Path.Combine(Path.GetDirectoryName(catalog.Texts.Path) ?? string.Empty, "letters.strings.en-US.json");
        foreach (var key in FormsTextKeys.Required.Where(catalog.Texts.Has))
        {
            var expected = LetterPlaceholders.Of(key);
            foreach (var channel in new string?[] { null, "sms" })
            {
                var used = TextCatalog.Placeholder().Matches(catalog.Texts.Get(key, channel)).Select(m => m.Groups[1].Value).Distinct().ToList();
                var variant = channel is null ? key : key + " (SMS)";
                foreach (var missing in expected.Except(used))
                {
                    problems.Add($"{stringsFile}:{catalog.Texts.LineOf(key)}: '{variant}' must keep {{{missing}}}: the letter fills it in{(missing.EndsWith("ite", StringComparison.Ordinal) ? ", and a legal statement needs its source" : string.Empty)}.");
                }

                foreach (var unknown in used.Except(expected))
                {
                    var allowed = expected.Count == 0 ? "no placeholders" : string.Join(", ", expected.Select(e => "{" + e + "}"));
                    problems.Add($"{stringsFile}:{catalog.Texts.LineOf(key)}: '{variant}' uses {{{unknown}}}, which the letter does not fill; it may use {allowed}.");
                }
            }
        }

        return problems;
    }
}
