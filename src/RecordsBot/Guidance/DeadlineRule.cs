namespace RecordsBot.Guidance;

/// <summary>How days are counted: every day, or only weekdays that are not US federal holidays.</summary>
public enum DayCount
{
    Calendar,
    Business,
}

/// <summary>A numeric deadline in a state's law: "Doctors: copies within 15 business days of the written request".</summary>
public sealed record DeadlineRule(
    string Who,
    string What,
    int Days,
    DayCount Count,
    string From,
    int? ExtendTo,
    string Citation,
    bool Unsure);
