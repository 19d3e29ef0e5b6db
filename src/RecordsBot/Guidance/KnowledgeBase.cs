using System.Collections.Frozen;

namespace RecordsBot.Guidance;

/// <summary>
/// Everything RecordsBot knows about the law and practice of getting records, loaded once from
/// <c>dialogs/knowledge/</c>: passages with citations and the state-rules table. Flows say passages by topic tag;
/// free-text questions are answered from the same passages.
/// </summary>
public sealed class KnowledgeBase
{
    public const string Folder = "knowledge";
    public const string PassagesFile = "passages.en-US.yaml";
    public const string StatesFile = "states.yaml";

    private readonly FrozenDictionary<string, Passage> byId;
    private readonly FrozenDictionary<string, StateRules> states;

    public KnowledgeBase(IReadOnlyList<Passage> passages, IReadOnlyDictionary<string, StateRules> states)
    {
        Passages = passages;
        byId = passages.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        this.states = states.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every passage, in the order of the file.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    public IEnumerable<StateRules> States => states.Values.OrderBy(s => s.Code, StringComparer.Ordinal);

    public Passage? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The passages tagged <paramref name="topic"/>, in the order of the file.</summary>
    public IReadOnlyList<Passage> Tagged(string topic) =>
        Passages.Where(p => p.Has(topic)).ToList();

    /// <summary>The passages mainly about <paramref name="topic"/> (their first tag), in file order.</summary>
    public IReadOnlyList<Passage> About(string topic) => Passages.Where(p => p.IsMainlyAbout(topic)).ToList();

    /// <summary>The passages about the state <paramref name="stateCode"/>'s own law (tagged <c>state.TX</c>) that are
    /// also tagged <paramref name="topic"/>; none without a state.</summary>
    public IReadOnlyList<Passage> StateOwn(string? stateCode, string topic) =>
        stateCode is null ? [] : Tagged("state." + stateCode).Where(p => p.Has(topic)).ToList();

    /// <summary>The state's own rules, or null for a state that only has HIPAA's federal floor in the table.</summary>
    public StateRules? RulesFor(string stateCode) => states.GetValueOrDefault(stateCode);

    /// <summary>Loads <c>{dialogsFolder}/knowledge/</c>; throws <see cref="KnowledgeLoadException"/> listing every problem as <c>file:line: what</c>.</summary>
    public static KnowledgeBase Load(string dialogsFolder)
    {
        var errors = new List<string>();
        var folder = Path.Combine(dialogsFolder, Folder);
        var passages = KnowledgeLoader.LoadPassages(Path.Combine(folder, PassagesFile), errors);
        var states = KnowledgeLoader.LoadStates(Path.Combine(folder, StatesFile), errors);
        if (errors.Count == 0 && (!states.TryGetValue(FederalRules.Code, out var federal) || federal.Deadlines.Count != 1 || federal.Deadlines[0].ExtendTo is null))
        {
            errors.Add($"{Path.Combine(folder, StatesFile)}:1: the table needs a '{FederalRules.Code}' entry with HIPAA's one deadline (days, and extendTo for the extension).");
        }
        return errors.Count > 0 ? throw new KnowledgeLoadException(errors) : new KnowledgeBase(passages, states);
    }
}
