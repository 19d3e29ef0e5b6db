namespace RecordsBot.Guidance;

/// <summary>The texts the guidance handlers say by key; all required at start.</summary>
public static class GuidanceTextKeys
{
    public const string DueFromReceived = "fees.due.fromReceived";
    public const string DueFromSent = "fees.due.fromSent";
    public const string DueFromToday = "fees.due.fromToday";
    public const string DueFederal = "fees.due.federal";
    public const string DueExtension = "fees.due.extension";
    public const string DueState = "fees.due.state";
    public const string DueStateExtended = "fees.due.stateExtended";
    public const string Unsure = "fees.due.unsure";
    public const string CountBusiness = "fees.count.business";
    public const string CountCalendar = "fees.count.calendar";
    public const string DueEarliest = "fees.due.earliest";
    public const string DueLate = "fees.due.late";
    public const string DueLateStateOnly = "fees.due.lateStateOnly";
    public const string EstimateHeader = "fees.estimate.header";
    public const string EstimateHeaderPages = "fees.estimate.headerPages";
    public const string EstimateCap = "fees.estimate.cap";
    public const string EstimateRates = "fees.estimate.rates";
    public const string EstimateAsOf = "fees.estimate.asOf";
    public const string EstimateNote = "fees.estimate.note";
    public const string EstimateNoStateCap = "fees.estimate.noStateCap";
    public const string RateBase = "fees.rate.base";
    public const string RateTier = "fees.rate.tier";
    public const string RateTierOpen = "fees.rate.tierOpen";
    public const string RateJoin = "fees.rate.join";

    public static IReadOnlyList<string> Required { get; } =
    [
        DueFromReceived, DueFromSent, DueFromToday, DueFederal, DueExtension, DueState, DueStateExtended, Unsure, CountBusiness,
        CountCalendar, DueEarliest, DueLate, DueLateStateOnly, EstimateHeader, EstimateHeaderPages, EstimateCap, EstimateRates,
        EstimateAsOf, EstimateNote, EstimateNoStateCap, RateBase, RateTier, RateTierOpen, RateJoin,
    ];
}
