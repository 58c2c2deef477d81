using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Guidance.Data;

/// <summary>
/// The guidance module's context (schema <c>guidance</c>). Each area keeps its sets and model in its own part
/// (<c>GuidanceDbContext.Area.cs</c>) and adds a call to <see cref="ConfigureModel"/>.
/// </summary>
internal abstract partial class GuidanceDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<WelfarePartner> WelfarePartners => Set<WelfarePartner>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Resident> Residents => Set<Resident>();

    protected override string Schema => "guidance";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WelfarePartner>(b =>
        {
            b.ToTable("WelfarePartners");
            b.Property(p => p.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Candidate>(b =>
        {
            b.ToTable("Candidates");
            b.Property(c => c.FirstName).HasMaxLength(100);
            b.Property(c => c.LastName).HasMaxLength(100);
            b.Property(c => c.CounsellorName).HasMaxLength(200);
            b.Property(c => c.CounsellorEmail).HasMaxLength(256);
            b.Property(c => c.CounsellorPhone).HasMaxLength(30);
            b.Property(c => c.SharedNotes).HasMaxLength(4000);
            b.Property(c => c.StatusReason).HasMaxLength(500);
            b.Ignore(c => c.FullName);
            b.HasIndex(c => new { c.TenantId, c.Status, c.ReferredOn });
            b.HasIndex(c => new { c.TenantId, c.BirthDate });
            b.HasIndex(c => c.CounsellorAccountId);
            b.HasOne<WelfarePartner>().WithMany().HasForeignKey(c => c.WelfarePartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Resident>(b =>
        {
            b.ToTable("Residents");
            b.HasIndex(r => new { r.TenantId, r.Status });
            b.HasIndex(r => r.CandidateId);
            b.HasIndex(r => r.ContractId).IsUnique();
            b.HasIndex(r => r.CounsellorAccountId);
            b.HasIndex(r => new { r.TenantId, r.LeftOn });
            b.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });
        ConfigureReferrals(modelBuilder);
        ConfigureIntake(modelBuilder);
        ConfigureStay(modelBuilder);
        ConfigureEnding(modelBuilder);
    }

    partial void ConfigureReferrals(ModelBuilder modelBuilder);

    partial void ConfigureIntake(ModelBuilder modelBuilder);

    partial void ConfigureStay(ModelBuilder modelBuilder);

    partial void ConfigureEnding(ModelBuilder modelBuilder);
}

internal sealed class GuidanceSqliteDbContext(DbContextOptions<GuidanceSqliteDbContext> o, ICurrentTenant t) : GuidanceDbContext(o, t);

internal sealed class GuidancePostgreSqlDbContext(DbContextOptions<GuidancePostgreSqlDbContext> o, ICurrentTenant t) : GuidanceDbContext(o, t);

internal sealed class GuidanceSqliteFactory : IDesignTimeDbContextFactory<GuidanceSqliteDbContext>
{
    public GuidanceSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<GuidanceSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class GuidancePostgreSqlFactory : IDesignTimeDbContextFactory<GuidancePostgreSqlDbContext>
{
    public GuidancePostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<GuidancePostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
