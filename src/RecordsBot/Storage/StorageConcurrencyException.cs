namespace RecordsBot.Storage;

/// <summary>A write carried an ETag that no longer matches the stored item: someone else wrote it first.</summary>
public sealed class StorageConcurrencyException(string message) : Exception(message);
