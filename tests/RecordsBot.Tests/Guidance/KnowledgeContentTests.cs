using System.Text.RegularExpressions;
using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

/// <summary>The knowledge base as shipped in dialogs/knowledge/: the checks a legal reviewer would make by hand.</summary>
public sealed partial class KnowledgeContentTests
{
    private static readonly string[] TenStates = ["CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "WA"];
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    [Fact]
    public void Every_passage_has_a_citation_that_names_a_source()
    {
        Assert.True(Knowledge.Passages.Count >= 100, $"only {Knowledge.Passages.Count} passages");
        Assert.All(Knowledge.Passages, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Citation), $"{p.Id} has no citation");
            if (p.Topics.Any(t => t.StartsWith("deadlines.", StringComparison.Ordinal) || t.StartsWith("rights.", StringComparison.Ordinal)) && p.Topics.All(t => !t.StartsWith("providers.", StringComparison.Ordinal)))
            {
                // What the law says about deadlines and rights cites the law (or the guidance and case that read it).
                Assert.Matches(SourcePattern(), p.Citation);
            }
            // A source names a rule (CFR, U.S.C., FR, a state code), a case, or the guidance or report it comes from.
            Assert.True(p.Citation.Length >= 5 && p.Citation.Any(char.IsUpper), $"{p.Id}: '{p.Citation}' does not name a source");
        });
    }

    [Fact]
    public void Every_state_rule_and_fee_cap_has_a_citation_and_the_ten_states_are_all_there()
    {
        Assert.Equal(TenStates.Order(), Knowledge.States.Select(s => s.Code).Where(c => c != FederalRules.Code).Order());
        Assert.All(Knowledge.States, s =>
        {
            Assert.All(s.Deadlines, d => Assert.False(string.IsNullOrWhiteSpace(d.Citation)));
            Assert.All(s.Fees, f => Assert.False(string.IsNullOrWhiteSpace(f.Citation)));
        });
        var federal = FederalRules.Deadline(Knowledge);
        Assert.Equal((30, DayCount.Calendar, 60), (federal.Days, federal.Count, federal.ExtendTo!.Value));
    }

    [Fact]
    public void Every_one_of_the_ten_states_has_passages_explaining_its_rules()
    {
        Assert.All(TenStates, code => Assert.True(Knowledge.Tagged("state." + code).Count >= 2, $"{code} has fewer than two passages"));
    }

    [Fact]
    public void Unsure_facts_are_said_with_their_uncertainty()
    {
        var unsure = Knowledge.Passages.Where(p => p.Unsure).ToList();
        Assert.NotEmpty(unsure);
        Assert.All(unsure, p => Assert.Matches(HedgePattern(), p.Text));
    }

    [Fact]
    public void No_passage_says_hipaa_requires_photo_id_or_notarization_or_asks_for_a_social_security_number()
    {
        Assert.All(Knowledge.Passages, p =>
        {
            Assert.DoesNotMatch(RequiresPattern(), p.Text);
            Assert.DoesNotMatch(@"(?i)(give|send|enclose|bring|provide) (us |them )?your (full )?social security number", p.Text);
        });
    }

    [Fact]
    public void The_federal_deadline_is_30_days_and_the_unfinalized_15_day_proposal_is_never_stated_as_the_law()
    {
        Assert.Contains(Knowledge.Tagged("deadlines.federal"), p => p.Text.Contains("30", StringComparison.Ordinal));
        Assert.All(Knowledge.Passages.Where(p => p.Text.Contains("15 calendar days", StringComparison.Ordinal) || p.Text.Contains("15 days", StringComparison.Ordinal)),
            p => Assert.True(!p.Citation.Contains("164.524", StringComparison.Ordinal) || p.Text.Contains("never", StringComparison.OrdinalIgnoreCase) || p.Text.Contains("not final", StringComparison.OrdinalIgnoreCase) || p.Topics.Any(t => t.StartsWith("state.", StringComparison.Ordinal)),
                $"{p.Id} mentions a 15-day deadline under HIPAA"));
    }

    [GeneratedRegex(@"CFR|U\.S\.C\.|FR \d|Code|Stat\.|ILCS|Pa\.C\.S\.|RCW|WAC|Law|O\.C\.G\.A\.|Gen\. Stat\.|Rev\. Code|Admin\.|v\.|HHS|OCR|CMS|ONC|guidance|FAQ|press release|alert|Ciitizen|Pub\. L\.", RegexOptions.None)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"(?i)not (certain|sure)|may not be current|check with|unclear|we could not confirm|sources (differ|conflict)")]
    private static partial Regex HedgePattern();

    [GeneratedRegex(@"(?i)HIPAA (requires|says you must (show|bring)) (a )?(photo id|notar)")]
    private static partial Regex RequiresPattern();
}
