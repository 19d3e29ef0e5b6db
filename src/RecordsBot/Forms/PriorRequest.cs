namespace RecordsBot.Forms;

/// <summary>The earlier request a follow-up or complaint is about (filled from a tracked request when there is one).
/// <see cref="DueOn"/> is the date the records were due (after any extension the provider gave in writing).
/// <see cref="WhatHappened"/> is the person's own short account, for the complaint.</summary>
public sealed record PriorRequest(DateOnly SentOn, DateOnly? ReceivedOn, DateOnly DueOn, bool Extended, string? WhatHappened);
