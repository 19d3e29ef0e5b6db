namespace RecordsBot.Bot;

/// <summary>The flows in dialogs/ that the app's C# begins by name. Each must exist, or the app does not start.</summary>
public static class FlowIds
{
    /// <summary>The menu every conversation returns to.</summary>
    public const string Main = "main";

    /// <summary>"delete my data": confirm, then erase.</summary>
    public const string DeleteMyData = "delete-my-data";

    /// <summary>"Write a request letter"; begun with values <c>letterKind</c> (request, follow-up, complaint) and
    /// <c>requestId</c> (a tracked request) to write a follow-up or complaint letter for a tracked request.</summary>
    public const string RequestForm = "request-form";

    /// <summary>A reminder check-in about one tracked request, begun proactively with values <c>requestId</c> and
    /// <c>checkIn</c> (before, due, overdue, late): asks how the request stands and acts on the answer.</summary>
    public const string TrackCheckIn = "track-checkin";

    /// <summary>Check-in settings, begun with value <c>entry</c>: <c>opt-in</c> (asked once a request is tracked),
    /// <c>settings</c>, <c>snooze</c> or <c>stop</c>.</summary>
    public const string Reminders = "reminders";

    public static IReadOnlyCollection<string> Required { get; } = [Main, DeleteMyData, RequestForm, TrackCheckIn, Reminders];
}
