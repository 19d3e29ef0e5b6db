using Microsoft.EntityFrameworkCore;

namespace RecordsBot.Storage;

/// <summary>The app's database: bot state, the local channel's conversations and activities, app secrets, saved providers; features' own tables through their IEntityTypeConfiguration classes.
/// This type is the SQLite context (migrations in <c>Storage/Migrations</c>); <see cref="PostgreSqlRecordsBotDbContext"/>
/// derives from it with the same model for PostgreSQL's own migrations (EF Core's "one context type per provider").
/// Not sealed for that reason only.</summary>
public class RecordsBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StateItem> StateItems => Set<StateItem>();

    public DbSet<LocalConversation> LocalConversations => Set<LocalConversation>();

    public DbSet<LocalActivity> LocalActivities => Set<LocalActivity>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    public DbSet<SavedProvider> SavedProviders => Set<SavedProvider>();

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

        modelBuilder.Entity<SavedProvider>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.OwnerKey).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(SavedProviderLimits.Name);
            e.Property(x => x.Kind).HasMaxLength(SavedProviderLimits.Kind);
            e.Property(x => x.State).HasMaxLength(2);
            e.Property(x => x.Contact).HasMaxLength(SavedProviderLimits.Contact);
            e.HasIndex(x => x.OwnerKey);
        });

        // Features (letters, tracked requests, reminders) keep their tables' configuration beside their code, as
        // IEntityTypeConfiguration<T> classes, and reach them with Set<T>(): adding a feature does not touch this file.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RecordsBotDbContext).Assembly);
    }
}
