namespace RecordsBot.Dialogs;

/// <summary>What the host needs from the dialogs folder, checked at load: its handlers and validators (names the
/// files may use), the flows and string keys its C# uses, and the keys of word lists it reads as commands before
/// any dialog sees a message (so no choice may use those words: nobody could pick it).</summary>
public sealed record DialogCatalogRequirements(
    IReadOnlyCollection<string> Handlers,
    IReadOnlyCollection<string> Validators,
    IReadOnlyCollection<string> Flows,
    IReadOnlyCollection<string> TextKeys,
    IReadOnlyCollection<string>? CommandWordKeys = null);
