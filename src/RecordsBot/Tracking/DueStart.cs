namespace RecordsBot.Tracking;

/// <summary>The day a request's deadline counts from: the day the provider got it, the day it was sent, or today.</summary>
public enum DueStart
{
    Received,
    Sent,
    Today,
}
