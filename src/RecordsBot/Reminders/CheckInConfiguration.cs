using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordsBot.Reminders;

/// <summary>The CheckIns table. The sweep asks "pending and next attempt due", answered by the (Status, NextAttemptUtc)
/// index; a request's and a person's check-ins are found by their own indexes.</summary>
public sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.OwnerKey).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.ClaimId).HasMaxLength(32);
        builder.Property(x => x.ConversationReference).HasMaxLength(8000);
        builder.Property(x => x.ConversationKey).HasMaxLength(64);
        builder.Property(x => x.TimeZone).HasMaxLength(64);
        builder.Property(x => x.LastError).HasMaxLength(200);
        builder.Property(x => x.SentVia).HasMaxLength(8);
        builder.HasIndex(x => new { x.Status, x.NextAttemptUtc }).HasDatabaseName("IX_CheckIns_Sweep");
        builder.HasIndex(x => new { x.RequestId, x.Status });
        builder.HasIndex(x => x.OwnerKey);
        builder.HasIndex(x => x.ConversationKey);
    }
}
