using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Guidance;

/// <summary>A broken knowledge file, or a flow that offers a topic no passage has, stops the start with file:line.</summary>
public sealed class KnowledgeStartupTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    private string StartError(string file, string find, string replace)
    {
        var dialogs = data.CopyDialogs();
        var path = Path.Combine(dialogs, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs })).ToString()
            .Replace(dialogs + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_offering_a_topic_no_passage_has_stops_the_start()
    {
        var error = StartError("rights.dialog.yaml", "      - value: rights.amend\n", "      - value: rights.amnd\n");

        Assert.Matches(@"rights\.dialog\.yaml:\d+: step 'ask' offers 'rights\.amnd' to the knowledge handler, but no passage in knowledge/passages\.en-US\.yaml has that topic tag\.", error);
    }

    [Fact]
    public void A_passage_without_its_citation_stops_the_start()
    {
        var error = StartError("knowledge/passages.en-US.yaml", "  citation: 45 CFR 164.524(a)(1)\n", "  citation: \"\"\n");

        Assert.Matches(@"knowledge/passages\.en-US\.yaml:\d+: 'citation' must be a text that is not empty\.", error);
    }

    [Fact]
    public void A_state_deadline_counted_in_weekdays_stops_the_start()
    {
        var error = StartError("knowledge/states.yaml", "      count: business\n", "      count: weekdays\n");

        Assert.Matches(@"knowledge/states\.yaml:\d+: count 'weekdays' must be 'calendar' or 'business'\.", error);
    }
}
