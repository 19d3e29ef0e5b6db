using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordsBot.Forms.Storage;

/// <summary>The Letters table: one row per letter made, found by its owner (erasing) or its link's token hash.</summary>
public sealed class StoredLetterConfiguration : IEntityTypeConfiguration<StoredLetter>
{
    public void Configure(EntityTypeBuilder<StoredLetter> builder)
    {
        builder.ToTable("Letters");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.OwnerKey).HasMaxLength(64);
        builder.Property(x => x.TokenHash).HasMaxLength(64);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.FileName).HasMaxLength(120);
        builder.HasIndex(x => x.OwnerKey);
        builder.HasIndex(x => x.TokenHash).IsUnique();
        builder.HasIndex(x => x.DeleteAfterUtc);
    }
}
