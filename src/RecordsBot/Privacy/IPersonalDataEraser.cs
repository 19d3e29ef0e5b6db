namespace RecordsBot.Privacy;

/// <summary>
/// A store of personal data that "delete my data" must empty. Every feature that keeps something about a person
/// (saved providers, tracked requests, letters, reminder settings) registers one in DI; the delete-my-data flow runs
/// them all, in registration order, so register one that other erasers depend on last.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>A short, non-personal name for logs ("conversation-state").</summary>
    string Name { get; }

    Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken);
}
