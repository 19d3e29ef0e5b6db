using RecordsBot.Privacy;

namespace RecordsBot.Reminders;

/// <summary>"Delete my data" erases the person's check-in settings (with the phone number) and every check-in kept for them.</summary>
public sealed class RemindersEraser(ReminderPreferences preferences) : IPersonalDataEraser
{
    public string Name => "reminders";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) =>
        preferences.EraseAsync(PersonRef.Of(scope.Turn), cancellationToken);
}
