using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordsBot.Reminders;

/// <summary>The ReminderPreferences table: one row per person who answered a question about check-ins.</summary>
public sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> builder)
    {
        builder.ToTable("ReminderPreferences");
        builder.HasKey(x => x.OwnerKey);
        builder.Property(x => x.OwnerKey).HasMaxLength(64);
        builder.Property(x => x.ProtectedPhone).HasMaxLength(200);
    }
}
