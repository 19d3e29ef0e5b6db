using RecordsBot.Guidance;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Guidance;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly TestDataFolder data = new();

    private const string GoodStates = """
        US:
          name: United States
          deadlines:
            - { who: All, what: copies, days: 30, count: calendar, from: receipt, extendTo: 60, citation: 45 CFR 164.524(b)(2) }
        """;

    private const string GoodPassages = """
        - id: deadline
          topics: [deadlines.federal]
          citation: 45 CFR 164.524(b)(2)
          text: Within 30 days.
        """;

    public void Dispose() => data.Dispose();

    private string Folder(string passages, string states)
    {
        var folder = Path.Combine(data.Path, "dialogs");
        Directory.CreateDirectory(Path.Combine(folder, "knowledge"));
        File.WriteAllText(Path.Combine(folder, "knowledge", "passages.en-US.yaml"), passages);
        File.WriteAllText(Path.Combine(folder, "knowledge", "states.yaml"), states);
        return folder;
    }

    private IReadOnlyList<string> Problems(string passages, string states = GoodStates) =>
        Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load(Folder(passages, states))).Problems
            .Select(p => p[(p.IndexOf("knowledge", StringComparison.Ordinal) + "knowledge/".Length)..]).ToList();

    [Fact]
    public void Good_files_load()
    {
        var knowledge = KnowledgeBase.Load(Folder(GoodPassages, GoodStates));
        Assert.Equal("deadline", Assert.Single(knowledge.Tagged("deadlines.federal")).Id);
        Assert.Equal(30, FederalRules.Deadline(knowledge).Days);
    }

    [Fact]
    public void A_passage_without_a_citation_stops_the_start_with_its_line()
    {
        var problems = Problems(GoodPassages + """

            - id: second
              topics: [fees.rules]
              citation: ""
              text: Something.
            """);
        Assert.Equal(["passages.en-US.yaml:7: 'citation' must be a text that is not empty."], problems);
    }

    [Fact]
    public void Duplicate_ids_markdown_bad_tags_and_unknown_keys_are_each_named()
    {
        var problems = Problems("""
            - id: one
              topics: [Fees]
              citation: x
              text: A **bold** claim.
              sauce: yes
            - id: one
              topics: [fees.rules]
              citation: x
              text: Fine.
            """);
        Assert.Contains("passages.en-US.yaml:5: 'sauce' is not a key of a passage; the keys are id, topics, citation, keywords, unsure, text.", problems);
        Assert.Contains("passages.en-US.yaml:2: passage 'one' has topic tag 'Fees': use lower-case words joined by '.' or '-' (a state is 'state.TX').", problems);
        Assert.Contains("passages.en-US.yaml:4: passage 'one' has '**' in its text: passages are plain text (lists may start lines with '- ').", problems);
        Assert.Contains("passages.en-US.yaml:6: passage id 'one' is used twice.", problems);
    }

    [Fact]
    public void State_rules_are_checked_for_counts_tiers_and_the_federal_entry()
    {
        var problems = Problems(GoodPassages, """
            TX:
              name: Texas
              deadlines:
                - { who: Doctors, what: copies, days: 15, count: weekdays, from: request, citation: x }
              fees:
                - who: Doctors
                  what: paper
                  base: { amount: 25.00, pages: 20 }
                  perPage:
                    - { from: 20, price: 0.50 }
                  citation: x
            Texas:
              name: Texas
            """);
        Assert.Contains("states.yaml:4: count 'weekdays' must be 'calendar' or 'business'.", problems);
        Assert.Contains("states.yaml:10: this tier starts at page 20; the one before ends at page 20, so it must start at page 21.", problems);
        Assert.Contains("states.yaml:12: 'Texas' is not a two-letter state code in capitals.", problems);

        var noFederal = Problems(GoodPassages, "TX:\n  name: Texas\n");
        Assert.Equal(["states.yaml:1: the table needs a 'US' entry with HIPAA's one deadline (days, and extendTo for the extension)."], noFederal);
    }

    [Fact]
    public void Broken_yaml_and_missing_files_are_reported_not_thrown()
    {
        Assert.StartsWith("passages.en-US.yaml:1: the YAML is broken", Assert.Single(Problems("- id: [x\n  text: y\n")));
        var folder = Folder(GoodPassages, GoodStates);
        File.Delete(Path.Combine(folder, "knowledge", "states.yaml"));
        var missing = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load(folder)).Problems;
        Assert.EndsWith("states.yaml:1: the file is missing.", Assert.Single(missing));
    }
}
