using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Data;

/// <summary>The Ending area's part: notices, exits and the scheduler's tasks.</summary>
internal abstract partial class GuidanceDbContext
{
    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<ResidentExit> Exits => Set<ResidentExit>();

    public DbSet<GuidanceTask> Tasks => Set<GuidanceTask>();

    partial void ConfigureEnding(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Candidate>().Property(c => c.Email).HasMaxLength(256);
        modelBuilder.Entity<Notice>(b =>
        {
            b.ToTable("Notices");
            b.Property(n => n.EmailedTo).HasMaxLength(600);
            b.Property(n => n.TrackingNumber).HasMaxLength(50);
            b.Ignore(n => n.NeedsLetter);
            b.Ignore(n => n.LetterToSend);
            b.HasIndex(n => new { n.TenantId, n.ResidentId, n.Kind, n.ContractEnd }).IsUnique();
            b.HasIndex(n => new { n.TenantId, n.Kind, n.LetterSentOn });
            b.HasIndex(n => n.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(n => n.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ResidentExit>(b =>
        {
            b.ToTable("Exits");
            b.Property(e => e.CleaningRemarks).HasMaxLength(1000);
            b.HasIndex(e => new { e.TenantId, e.ResidentId }).IsUnique();
            b.HasIndex(e => e.CounsellorAccountId);
            b.HasOne<Resident>().WithMany().HasForeignKey(e => e.ResidentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<GuidanceTask>(b =>
        {
            b.ToTable("Tasks");
            b.Property(t => t.Kind).HasMaxLength(100);
            b.HasIndex(t => new { t.TenantId, t.Kind, t.SubjectId, t.DueOn }).IsUnique();
            b.HasIndex(t => new { t.TenantId, t.ClosedOn, t.DueOn });
            b.HasIndex(t => t.CounsellorAccountId);
        });
    }
}
