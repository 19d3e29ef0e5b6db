using Microsoft.Extensions.Options;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Reminders;

/// <summary>The cadence of a request's check-ins and the local-time math behind it.</summary>
public sealed class CheckInPlannerTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTime Now = new(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc);

    private static CheckInPlanner Planner(Action<RemindersOptions>? change = null)
    {
        var options = new RemindersOptions();
        change?.Invoke(options);
        return new CheckInPlanner(Options.Create(options));
    }

    private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_request_due_in_six_days_gets_before_due_overdue_every_two_weeks_bounded_and_one_late_check_in_at_ten_local()
    {
        var planned = Planner().Plan(ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)), NewYork, Now);

        Assert.Equal(
        [
            (CheckInKinds.Before, Utc(2026, 11, 27, 15)),
            (CheckInKinds.Due, Utc(2026, 11, 30, 15)),
            (CheckInKinds.Overdue, Utc(2026, 12, 3, 15)),
            (CheckInKinds.Overdue, Utc(2026, 12, 7, 15)),
            (CheckInKinds.Overdue, Utc(2026, 12, 14, 15)),
            (CheckInKinds.Overdue, Utc(2026, 12, 28, 15)),
            (CheckInKinds.Overdue, Utc(2027, 1, 11, 15)),
            (CheckInKinds.Overdue, Utc(2027, 1, 25, 15)),
            (CheckInKinds.Overdue, Utc(2027, 2, 8, 15)),
            (CheckInKinds.Overdue, Utc(2027, 2, 22, 15)),
            // 180 days after the due date less 14: 15 May 2027, 10:00 daylight time (UTC-4).
            (CheckInKinds.Late, Utc(2027, 5, 15, 14)),
        ], planned.Select(p => (p.Kind, p.DueUtc)).ToList());
    }

    [Fact]
    public void Only_check_ins_still_ahead_are_planned_and_an_extension_moves_them_to_the_new_date()
    {
        var overdue = Planner().Plan(ReminderSeeds.Request(1, new DateOnly(2026, 11, 20)), NewYork, Now);
        Assert.Equal(Utc(2026, 11, 27, 15), overdue[0].DueUtc);
        Assert.Equal(CheckInKinds.Overdue, overdue[0].Kind);

        var request = ReminderSeeds.Request(1, new DateOnly(2026, 11, 20));
        var extended = request with { Details = request.Details with { Status = RequestStatus.Extended, ExtendedTo = new DateOnly(2026, 12, 20) } };
        var planned = Planner().Plan(extended, NewYork, Now);
        Assert.Equal((CheckInKinds.Before, Utc(2026, 12, 17, 15)), (planned[0].Kind, planned[0].DueUtc));
        Assert.Equal((CheckInKinds.Due, Utc(2026, 12, 20, 15)), (planned[1].Kind, planned[1].DueUtc));
    }

    [Theory]
    [InlineData(RequestStatus.ReceivedInFull)]
    [InlineData(RequestStatus.Denied)]
    [InlineData(RequestStatus.Drafted)]
    public void A_closed_request_or_a_draft_not_sent_has_no_check_ins(RequestStatus status) =>
        Assert.Empty(Planner().Plan(ReminderSeeds.Request(1, new DateOnly(2026, 11, 30), status), NewYork, Now));

    [Fact]
    public void The_cadence_follows_the_settings_and_stays_bounded()
    {
        var planned = Planner(o =>
        {
            o.DaysBefore = "7,1";
            o.DaysAfter = "2";
            o.RepeatEveryDays = 0;
            o.CheckInTime = new TimeOnly(12, 30);
        }).Plan(ReminderSeeds.Request(1, new DateOnly(2026, 12, 10)), NewYork, Now);

        Assert.Equal(
        [
            (CheckInKinds.Before, new DateTime(2026, 12, 3, 17, 30, 0, DateTimeKind.Utc)),
            (CheckInKinds.Before, new DateTime(2026, 12, 9, 17, 30, 0, DateTimeKind.Utc)),
            (CheckInKinds.Due, new DateTime(2026, 12, 10, 17, 30, 0, DateTimeKind.Utc)),
            (CheckInKinds.Overdue, new DateTime(2026, 12, 12, 17, 30, 0, DateTimeKind.Utc)),
            (CheckInKinds.Late, new DateTime(2027, 5, 25, 16, 30, 0, DateTimeKind.Utc)),
        ], planned.Select(p => (p.Kind, p.DueUtc)).ToList());
    }

    [Fact]
    public void A_person_whose_channel_gives_only_an_offset_is_planned_at_ten_on_that_offset()
    {
        var zone = PersonTimeZones.FromId("+05:30", NewYork);
        Assert.Equal("+05:30", PersonTimeZones.IdOf(zone));
        var planned = Planner().Plan(ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)), zone, Now);
        Assert.Equal(new DateTime(2026, 11, 27, 4, 30, 0, DateTimeKind.Utc), planned[0].DueUtc);
    }

    [Fact]
    public void A_snooze_keeps_nothing_before_its_end_but_leaves_each_request_one_check_in()
    {
        var planned = new List<PlannedCheckIn> { new(CheckInKinds.Before, Utc(2026, 11, 27, 15)), new(CheckInKinds.Due, Utc(2026, 11, 30, 15)) };
        Assert.Equal([new PlannedCheckIn(CheckInKinds.Due, Utc(2026, 12, 1, 15))], Snooze.Apply(planned, Utc(2026, 12, 1, 15)));
        Assert.Equal([planned[1]], Snooze.Apply(planned, Utc(2026, 11, 28, 15)));
    }

    [Theory]
    [InlineData(CheckInKinds.Before, "2026-11-27", "before")]
    [InlineData(CheckInKinds.Before, "2026-11-30", "due")]
    [InlineData(CheckInKinds.Before, "2026-12-01", "overdue")]
    [InlineData(CheckInKinds.Due, "2026-11-30", "due")]
    [InlineData(CheckInKinds.Due, "2026-12-01", "overdue")]
    [InlineData(CheckInKinds.Late, "2027-06-01", "late")]
    public void A_check_in_sent_late_says_how_things_stand_when_it_arrives(string planned, string today, string sentAs) =>
        Assert.Equal(sentAs, CheckInKinds.AsOf(planned, new DateOnly(2026, 11, 30), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_time_zone_comes_from_Web_Chat_then_Teams_client_info_then_the_local_timestamp_then_the_default()
    {
        static Microsoft.Bot.Builder.TurnContext Turn(Microsoft.Bot.Schema.Activity activity) => new(new Microsoft.Bot.Builder.Adapters.TestAdapter(), activity);
        var webChat = new Microsoft.Bot.Schema.Activity { LocalTimezone = "America/Los_Angeles" };
        var teams = new Microsoft.Bot.Schema.Activity
        {
            Entities = [new Microsoft.Bot.Schema.Entity("clientInfo") { Properties = new Newtonsoft.Json.Linq.JObject { ["locale"] = "en-US", ["timezone"] = "America/Chicago" } }],
        };
        var offset = new Microsoft.Bot.Schema.Activity { LocalTimestamp = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(-7)) };

        Assert.Equal("America/Los_Angeles", PersonTimeZones.Of(Turn(webChat), NewYork).Id);
        Assert.Equal("America/Chicago", PersonTimeZones.Of(Turn(teams), NewYork).Id);
        Assert.Equal("-07:00", PersonTimeZones.IdOf(PersonTimeZones.Of(Turn(offset), NewYork)));
        Assert.Equal("America/New_York", PersonTimeZones.Of(Turn(new Microsoft.Bot.Schema.Activity()), NewYork).Id);
    }
}
