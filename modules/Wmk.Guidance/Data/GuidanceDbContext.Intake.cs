using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Data;

/// <summary>The intake area's part of the model: checklists, conversations and their answers, shared-housing matches.</summary>
internal abstract partial class GuidanceDbContext
{
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();

    public DbSet<IntakeConversation> IntakeConversations => Set<IntakeConversation>();

    public DbSet<ChecklistAnswer> ChecklistAnswers => Set<ChecklistAnswer>();

    public DbSet<SharedHousingMatch> Matches => Set<SharedHousingMatch>();

    partial void ConfigureIntake(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChecklistItem>(b =>
        {
            b.ToTable("ChecklistItems");
            b.Property(i => i.Text).HasMaxLength(300);
            b.HasIndex(i => new { i.TenantId, i.Kind, i.Position });
        });
        modelBuilder.Entity<IntakeConversation>(b =>
        {
            b.ToTable("IntakeConversations");
            b.Property(c => c.Notes).HasMaxLength(4000);
            b.Property(c => c.NextStep).HasMaxLength(500);
            b.Property(c => c.Reason).HasMaxLength(500);
            b.Property(c => c.OverrideReason).HasMaxLength(1000);
            b.HasIndex(c => c.CandidateId);
            b.HasIndex(c => c.CounsellorAccountId);
            b.HasOne<Candidate>().WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ChecklistAnswer>(b =>
        {
            b.ToTable("ChecklistAnswers");
            b.Property(a => a.ItemText).HasMaxLength(300);
            b.Property(a => a.Remark).HasMaxLength(1000);
            b.HasIndex(a => a.ConversationId);
            b.HasIndex(a => a.CounsellorAccountId);
            b.HasOne<IntakeConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<ChecklistItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SharedHousingMatch>(b =>
        {
            b.ToTable("SharedHousingMatches");
            b.Property(m => m.UnitAddress).HasMaxLength(200);
            b.Property(m => m.Reason).HasMaxLength(1000);
            b.Property(m => m.Agreements).HasMaxLength(8000);
            b.HasIndex(m => new { m.TenantId, m.Status });
            b.HasIndex(m => m.FirstCandidateId);
            b.HasIndex(m => m.SecondCandidateId);
            b.HasOne<Candidate>().WithMany().HasForeignKey(m => m.FirstCandidateId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Candidate>().WithMany().HasForeignKey(m => m.SecondCandidateId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
