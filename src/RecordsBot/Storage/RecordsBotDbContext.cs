using Microsoft.EntityFrameworkCore;

namespace RecordsBot.Storage;

/// <summary>The app's database: bot state, the local channel's conversations and activities, app secrets.</summary>
public sealed class RecordsBotDbContext(DbContextOptions<RecordsBotDbContext> options) : DbContext(options)
{
    public DbSet<StateItem> StateItems => Set<StateItem>();

    public DbSet<LocalConversation> LocalConversations => Set<LocalConversation>();

    public DbSet<LocalActivity> LocalActivities => Set<LocalActivity>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StateItem>(e =>
        {
            e.HasKey(x => x.Key);
            e.Property(x => x.ETag).HasMaxLength(64);
        });

        modelBuilder.Entity<LocalConversation>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.HasIndex(x => x.LastActivityUtc);
        });

        modelBuilder.Entity<LocalActivity>(e =>
        {
            e.HasKey(x => new { x.ConversationId, x.Sequence });
            e.Property(x => x.ConversationId).HasMaxLength(64);
            e.HasIndex(x => x.CreatedUtc);
        });

        modelBuilder.Entity<AppSecret>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(64);
        });
    }
}
