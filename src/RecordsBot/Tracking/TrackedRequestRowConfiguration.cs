using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordsBot.Tracking;

/// <summary>The TrackedRequests table: rows by owner, enums as their names.</summary>
public sealed class TrackedRequestRowConfiguration : IEntityTypeConfiguration<TrackedRequestRow>
{
    public const int ProviderNameLength = 200;

    public void Configure(EntityTypeBuilder<TrackedRequestRow> builder)
    {
        builder.ToTable("TrackedRequests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.OwnerKey).HasMaxLength(64);
        builder.Property(x => x.ProviderName).HasMaxLength(ProviderNameLength);
        builder.Property(x => x.ProviderState).HasMaxLength(2);
        builder.Property(x => x.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.OwnerKey);
    }
}
