namespace RecordsBot.Tracking;

/// <summary>The texts the tracking code says by key; all required at start.</summary>
public static class TrackingTextKeys
{
    public const string ListHeading = "tracking.list.heading";
    public const string ListLine = "tracking.list.line";
    public const string ListLineLate = "tracking.list.lineLate";
    public const string ListLineClosed = "tracking.list.lineClosed";
    public const string DueFederal = "tracking.due.federal";
    public const string DueState = "tracking.due.state";
    public const string DueFromSent = "tracking.due.fromSent";
    public const string DueFromToday = "tracking.due.fromToday";
    public const string Extended = "tracking.extended";
    public const string Calendar = "tracking.calendar";
    public const string CalendarSummary = "tracking.calendar.summary";
    public const string PickRange = "tracking.pick.range";
    public const string UpdatedReceivedFull = "tracking.updated.receivedFull";
    public const string UpdatedReceivedPart = "tracking.updated.receivedPart";
    public const string UpdatedDenied = "tracking.updated.denied";
    public const string UpdatedAcknowledged = "tracking.updated.acknowledged";
    public const string UpdatedNotYet = "tracking.updated.notYet";
    public const string UpdatedNothing = "tracking.updated.nothing";

    /// <summary>Status words, <c>tracking.status.{value}</c> for each <see cref="RequestStatus"/>.</summary>
    public static string StatusKey(RequestStatus status) => "tracking.status." + TrackingFlow.StatusValue(status);

    public static IReadOnlyList<string> Required { get; } =
    [
        ListHeading, ListLine, ListLineLate, ListLineClosed, DueFederal, DueState, DueFromSent, DueFromToday,
        Extended, Calendar, CalendarSummary, PickRange, UpdatedReceivedFull, UpdatedReceivedPart, UpdatedDenied,
        UpdatedAcknowledged, UpdatedNotYet, UpdatedNothing,
        .. Enum.GetValues<RequestStatus>().Select(StatusKey),
    ];
}
