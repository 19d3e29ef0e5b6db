using RecordsBot.Dialogs.Texts;
using RecordsBot.Guidance;
using RecordsBot.Providers;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Tracking;

/// <summary>A tracked request's due date from the real rules table (dialogs/knowledge/states.yaml): the day counted
/// from, HIPAA's 30 calendar days, a shorter state deadline in business days, and extensions.</summary>
public sealed class DueDateFinderTests
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(Dialogs);
    private static readonly DueDateFinder Finder = new(Knowledge, new ProviderKindReader(ProviderKinds.Load(Dialogs), LoadTexts()));
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static TrackedRequestDetails Request(string? state, DateOnly? sent = null, DateOnly? received = null, string provider = "Mercy Hospital") =>
        new(null, provider, state, RequestMethod.Mail, RequestStatus.Sent, sent, received, null, null);

    private static TextCatalog LoadTexts()
    {
        var errors = new List<string>();
        var texts = TextCatalog.Load(Dialogs, errors);
        Assert.Empty(errors);
        return texts;
    }

    [Fact]
    public void A_state_without_a_deadline_gets_HIPAAs_30_calendar_days_from_the_day_they_got_it_and_its_60_day_extension()
    {
        var reading = Finder.Find(Request("OH", sent: new DateOnly(2026, 11, 10), received: new DateOnly(2026, 11, 13)), Today);

        Assert.True(reading.IsFederal);
        Assert.Equal(DueStart.Received, reading.From);
        Assert.Equal(new DateOnly(2026, 12, 13), reading.Due);
        Assert.Equal(new DateOnly(2027, 1, 12), reading.ExtendedDue);
        Assert.Equal("45 CFR 164.524(b)(2)", reading.Counting.Rule.Citation);
    }

    [Fact]
    public void Without_the_day_they_got_it_the_day_it_was_sent_counts_and_without_either_today()
    {
        Assert.Equal((DueStart.Sent, new DateOnly(2026, 12, 17)), (Finder.Find(Request(null, sent: new DateOnly(2026, 11, 17)), Today) is var a ? (a.From, a.Due) : default));
        Assert.Equal((DueStart.Today, new DateOnly(2026, 12, 24)), (Finder.Find(Request(null), Today) is var b ? (b.From, b.Due) : default));
    }

    [Fact]
    public void In_Texas_the_earliest_copy_deadline_counts_and_the_extension_is_HIPAAs()
    {
        // Sent Monday 2026-11-23: hospitals' 15 calendar days (12-08) come before doctors' 15 business days, which skip
        // Thanksgiving (Thursday 11-26) and the weekends and end on 12-15.
        var reading = Finder.Find(Request("TX", sent: new DateOnly(2026, 11, 23)), Today);

        Assert.False(reading.IsFederal);
        Assert.Equal(new DateOnly(2026, 12, 8), reading.Due);
        Assert.Equal("Tex. Health & Safety Code §241.154(a)", reading.Counting.Rule.Citation);
        Assert.Equal(new DateOnly(2026, 12, 15), reading.Deadlines.StateDates.Single(d => d.Rule.Citation == "Tex. Occ. Code §159.006(d)").Due);
        Assert.Same(reading.Deadlines.Federal, reading.Extension);
        Assert.Equal(new DateOnly(2027, 1, 22), reading.ExtendedDue);
    }

    [Theory]
    [InlineData("Quest Labs")]
    [InlineData("Dr. Smith")]
    public void In_Texas_a_law_about_hospitals_or_doctors_does_not_set_the_date_of_a_lab_or_a_provider_whose_name_says_no_kind(string provider)
    {
        // Sent Monday 2026-11-23: the law for every provider with electronic records (15 business days, past
        // Thanksgiving, 12-15) counts; hospitals' 15 calendar days (12-08) are about hospitals only.
        var reading = Finder.Find(Request("TX", sent: new DateOnly(2026, 11, 23), provider: provider), Today);

        Assert.Equal(new DateOnly(2026, 12, 15), reading.Due);
        Assert.Equal("Tex. Health & Safety Code §181.102", reading.Counting.Rule.Citation);
        Assert.Equal(3, reading.Deadlines.StateDates.Count);
    }

    [Theory]
    [InlineData("Mercy Hospital", "hospitals")]
    [InlineData("St. Luke's Medical Center", "hospitals")]
    [InlineData("Quest Labs", "labs")]
    [InlineData("Hill Country Family Medicine", "primary-care")]
    [InlineData("Dr. Smith", null)]
    [InlineData("Hospital Lab Services", null)]
    [InlineData("", null)]
    public void A_providers_kind_is_read_from_whole_words_of_its_name_and_only_when_one_group_fits(string name, string? group)
    {
        var reader = new ProviderKindReader(ProviderKinds.Load(Dialogs), LoadTexts());

        Assert.Equal(group, reader.GroupIn(name));
    }

    [Fact]
    public void Washington_counts_15_business_days_and_its_own_extension_to_21_business_days_and_says_it_is_unsure()
    {
        // Received Friday 2026-12-18: Christmas (Friday 12-25) and New Year's Day (Friday 2027-01-01) do not count.
        var reading = Finder.Find(Request("WA", received: new DateOnly(2026, 12, 18)), Today);

        Assert.Equal(new DateOnly(2027, 1, 12), reading.Due);
        Assert.Equal(DayCount.Business, reading.Counting.Rule.Count);
        Assert.True(reading.Counting.Rule.Unsure);
        Assert.Same(reading.Counting, reading.Extension);
        Assert.Equal(new DateOnly(2027, 1, 21), reading.ExtendedDue);
        Assert.Equal(DueDates.Add(new DateOnly(2026, 12, 18), 21, DayCount.Business), reading.ExtendedDue);
    }

    [Fact]
    public void California_copies_count_not_its_inspection_deadline()
    {
        var reading = Finder.Find(Request("CA", received: new DateOnly(2026, 11, 2)), Today);

        Assert.Equal("copies", reading.Counting.Rule.What);
        Assert.Equal(new DateOnly(2026, 11, 17), reading.Due);
        Assert.Equal(2, reading.Deadlines.StateDates.Count);
    }

    [Fact]
    public void The_fees_deadline_handler_and_tracking_read_the_same_dates()
    {
        var deadlines = RequestDeadlines.Work(Knowledge, "TX", new DateOnly(2026, 11, 23));

        Assert.Equal(DueDates.Federal(new DateOnly(2026, 11, 23)), deadlines.Federal.Due);
        Assert.Equal(DueDates.FederalExtended(new DateOnly(2026, 11, 23)), deadlines.Federal.ExtendedDue);
        Assert.Equal(3, deadlines.StateDates.Count);
        Assert.Empty(RequestDeadlines.Work(Knowledge, "US", Today).StateDates);
        Assert.Empty(RequestDeadlines.Work(Knowledge, null, Today).StateDates);
    }
}
