using System.Collections.Frozen;
using RecordsBot.Dialogs.Flows;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Forms.Composition;

/// <summary>
/// <c>dialogs/letters/sources.yaml</c>: for each legal statement a letter makes, the knowledge-base passage it rests
/// on and the citation the letter prints. Load problems are kept (and reported at start by <see cref="LettersCheck"/>).
/// </summary>
public sealed class LetterSources
{
    public const string Folder = "letters";
    public const string FileName = "sources.yaml";

    // The statements the composer makes; each must be in the file.
    public const string AccessRight = "access-right";
    public const string RecordSet = "record-set";
    public const string Representative = "representative";
    public const string FormatChoice = "format-choice";
    public const string FormatElectronic = "format-electronic";
    public const string UnencryptedEmail = "unencrypted-email";
    public const string ThirdParty = "third-party";
    public const string ThirdPartyEhrOnly = "third-party-ehr-only";
    public const string Fee = "fee";
    public const string FeeNever = "fee-never";
    public const string StateStricter = "state-stricter";
    public const string Extension = "extension";
    public const string NoExtensionNotice = "no-extension-notice";
    public const string DenialInWriting = "denial-in-writing";
    public const string NotHeldHere = "not-held-here";
    public const string Identity = "identity";
    public const string ComplaintWhere = "complaint-where";
    public const string ComplaintWindow = "complaint-window";
    public const string NoRetaliation = "no-retaliation";

    public static IReadOnlyList<string> Required { get; } =
    [
        AccessRight, RecordSet, Representative, FormatChoice, FormatElectronic, UnencryptedEmail, ThirdParty, ThirdPartyEhrOnly,
        Fee, FeeNever, StateStricter, Extension, NoExtensionNotice, DenialInWriting, NotHeldHere, Identity, ComplaintWhere,
        ComplaintWindow, NoRetaliation,
    ];

    /// <summary>Statements that state a number of days (and so need <c>days</c>).</summary>
    public static IReadOnlyList<string> WithDays { get; } = [ComplaintWindow];

    private static readonly string[] Keys = ["passage", "cite", "days"];

    private readonly FrozenDictionary<string, LetterSource> byName;

    private LetterSources(string file, IReadOnlyList<LetterSource> sources, IReadOnlyList<string> problems)
    {
        File = file;
        All = sources;
        Problems = problems;
        byName = sources.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public string File { get; }

    public IReadOnlyList<LetterSource> All { get; }

    /// <summary>What was wrong in the file itself, as <c>file:line: what</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    public LetterSource this[string name] =>
        byName.TryGetValue(name, out var source) ? source : throw new KeyNotFoundException($"{File}: no statement '{name}'.");

    public bool Has(string name) => byName.ContainsKey(name);

    public static LetterSources Load(string dialogsFolder)
    {
        var file = Path.Combine(dialogsFolder, Folder, FileName);
        var errors = new List<string>();
        var sources = new List<LetterSource>();
        if (!System.IO.File.Exists(file))
        {
            errors.Add($"{file}:1: file not found.");
            return new LetterSources(file, sources, errors);
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add($"{file}:{e.Start.Line}: not valid YAML: {e.Message}");
            return new LetterSources(file, sources, errors);
        }

        var data = new YamlDataReader(file, errors);
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add($"{file}:1: the file must be one mapping of statement names to their passage and citation.");
            return new LetterSources(file, sources, errors);
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var line = YamlDataReader.Line(keyNode);
            if (data.Map(value, $"statement '{name}'", Keys) is not { } map)
            {
                continue;
            }

            var passage = data.Required(map, keyNode, "passage");
            var cite = data.Required(map, keyNode, "cite");
            int? days = null;
            if (map.Children.TryGetValue("days", out var daysNode))
            {
                if (daysNode is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    days = n;
                }
                else
                {
                    errors.Add($"{file}:{YamlDataReader.Line(daysNode)}: 'days' of statement '{name}' must be a whole number of days.");
                }
            }

            if (passage is not null && cite is not null)
            {
                sources.Add(new LetterSource(name, passage, cite, days, line));
            }
        }

        foreach (var missing in Required.Where(r => sources.All(s => s.Name != r) && !errors.Any(e => e.Contains($"'{r}'", StringComparison.Ordinal))))
        {
            errors.Add($"{file}:1: statement '{missing}' is missing: letters need it.");
        }

        foreach (var source in sources.Where(s => !Required.Contains(s.Name)))
        {
            errors.Add($"{file}:{source.Line}: '{source.Name}' is no statement a letter makes; the statements are {string.Join(", ", Required)}.");
        }

        foreach (var source in sources.Where(s => WithDays.Contains(s.Name) && s.Days is null))
        {
            errors.Add($"{file}:{source.Line}: statement '{source.Name}' states a number of days: give it 'days'.");
        }

        return new LetterSources(file, sources, errors);
    }
}
