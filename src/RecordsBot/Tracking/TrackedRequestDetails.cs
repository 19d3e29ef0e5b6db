namespace RecordsBot.Tracking;

/// <summary>
/// What the person told us about one request. <see cref="DueOn"/> is worked out from the guidance rules (HIPAA's 30 days
/// and any shorter state deadline, from <see cref="ReceivedOn"/> or else <see cref="SentOn"/>); <see cref="ExtendedTo"/>
/// is the new date in a written extension notice. <see cref="ProviderId"/> is the entry on the saved provider list, if any.
/// </summary>
public sealed record TrackedRequestDetails(
    long? ProviderId,
    string ProviderName,
    string? ProviderState,
    RequestMethod? Method,
    RequestStatus Status,
    DateOnly? SentOn,
    DateOnly? ReceivedOn,
    DateOnly? DueOn,
    DateOnly? ExtendedTo);
