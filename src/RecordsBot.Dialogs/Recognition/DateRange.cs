namespace RecordsBot.Dialogs.Recognition;

/// <summary>Which dates a date prompt accepts, relative to the person's local today.</summary>
public enum DateRange
{
    /// <summary>Any date.</summary>
    Any,

    /// <summary>Today or earlier ("I mailed it last Tuesday").</summary>
    Past,

    /// <summary>Today or later ("remind me next Monday").</summary>
    Future,
}
