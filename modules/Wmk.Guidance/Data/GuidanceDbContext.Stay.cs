using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Data;

internal abstract partial class GuidanceDbContext
{
    public DbSet<OnboardingItem> OnboardingItems => Set<OnboardingItem>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<GoalProgress> GoalProgress => Set<GoalProgress>();

    public DbSet<ResidentNote> ResidentNotes => Set<ResidentNote>();

    partial void ConfigureStay(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OnboardingItem>(b =>
        {
            b.ToTable("OnboardingItems");
            b.HasIndex(i => new { i.ResidentId, i.Kind }).IsUnique();
            b.HasIndex(i => new { i.TenantId, i.DoneOn, i.DueOn });
            b.HasIndex(i => i.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(i => i.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Conversation>(b =>
        {
            b.ToTable("Conversations");
            b.Property(c => c.Agenda).HasMaxLength(2000);
            b.Property(c => c.Attendees).HasMaxLength(500);
            b.Property(c => c.Notes).HasMaxLength(8000);
            b.HasIndex(c => new { c.ResidentId, c.HeldOn });
            b.HasIndex(c => new { c.TenantId, c.HeldOn, c.PlannedOn });
            b.HasIndex(c => c.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Goal>(b =>
        {
            b.ToTable("Goals");
            b.Property(g => g.Text).HasMaxLength(500);
            b.HasIndex(g => g.ResidentId);
            b.HasIndex(g => g.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(g => g.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<GoalProgress>(b =>
        {
            b.ToTable("GoalProgress");
            b.Property(p => p.Text).HasMaxLength(2000);
            b.HasIndex(p => new { p.GoalId, p.ConversationId }).IsUnique();
            b.HasIndex(p => p.ConversationId);
            b.HasIndex(p => p.CounsellorAccountId);
            b.HasOne<Goal>().WithMany().HasForeignKey(p => p.GoalId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Conversation>().WithMany().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ResidentNote>(b =>
        {
            b.ToTable("ResidentNotes");
            b.Property(n => n.Text).HasMaxLength(4000);
            b.Property(n => n.AuthorName).HasMaxLength(200);
            b.HasIndex(n => new { n.ResidentId, n.WrittenOn });
            b.HasIndex(n => n.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(n => n.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
