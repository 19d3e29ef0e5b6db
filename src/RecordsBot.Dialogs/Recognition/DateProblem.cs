namespace RecordsBot.Dialogs.Recognition;

/// <summary>Why a reply gave no day.</summary>
public enum DateProblem
{
    /// <summary>A day was found.</summary>
    None,

    /// <summary>No date at all.</summary>
    NoDate,

    /// <summary>Only a span ("last week", "in 2020"), not a day.</summary>
    Vague,

    /// <summary>A day still to come where one that already happened is asked for.</summary>
    NotYet,

    /// <summary>A day already gone where one still to come is asked for.</summary>
    AlreadyPast,
}
