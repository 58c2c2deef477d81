using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Data;

internal abstract partial class GuidanceDbContext
{
    public DbSet<CandidateStatusChange> CandidateStatusChanges => Set<CandidateStatusChange>();

    partial void ConfigureReferrals(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CandidateStatusChange>(b =>
        {
            b.ToTable("CandidateStatusChanges");
            b.Property(c => c.Reason).HasMaxLength(500);
            b.HasIndex(c => new { c.CandidateId, c.At });
            b.HasIndex(c => c.CounsellorAccountId);
            b.HasOne<Candidate>().WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
