using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>Reminder settings are checked at start, and a wrong one stops the app with a message naming it.</summary>
public sealed class RemindersSettingsTests
{
    [Theory]
    [InlineData("RecordsBot:Reminders:SweepInterval", "00:00:00", "RecordsBot:Reminders:SweepInterval must be between")]
    [InlineData("RecordsBot:Reminders:QuietHoursStart", "09:30", "RecordsBot:Reminders:CheckInTime 10:00 falls in quiet hours")]
    [InlineData("RecordsBot:Reminders:DaysAfter", "14,7", "RecordsBot:Reminders:DaysAfter must be increasing")]
    [InlineData("RecordsBot:Reminders:DaysBefore", "three", "RecordsBot:Reminders:DaysBefore must be whole days")]
    [InlineData("RecordsBot:Reminders:LateLeadDays", "200", "RecordsBot:Reminders:LateLeadDays must be 0 or more and less than")]
    [InlineData("RecordsBot:Reminders:SmsEnabled", "true", "RecordsBot:Reminders:Twilio:AccountSid is required when RecordsBot:Reminders:SmsEnabled is true")]
    public void A_wrong_reminder_setting_stops_the_app_naming_the_setting(string key, string value, string named)
    {
        using var data = new TestDataFolder();
        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_quiet_hours_turn_them_off_and_the_app_starts()
    {
        using var data = new TestDataFolder();
        using var app = new RecordsBotApp(data, new Dictionary<string, string?>
        {
            ["RecordsBot:Reminders:QuietHoursStart"] = "00:00",
            ["RecordsBot:Reminders:QuietHoursEnd"] = "00:00",
            ["RecordsBot:Reminders:SweepInterval"] = "00:00:30",
        });
        Assert.Equal(TimeSpan.FromSeconds(30), app.Get<Microsoft.Extensions.Options.IOptions<RecordsBot.Reminders.RemindersOptions>>().Value.SweepInterval);
    }
}
