using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Data;

/// <summary>The volunteers module's context (schema <c>volunteers</c>).</summary>
internal abstract class VolunteersDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<DuoTraject> Trajects => Set<DuoTraject>();

    public DbSet<DuoProposal> Proposals => Set<DuoProposal>();

    public DbSet<DuoTask> Tasks => Set<DuoTask>();

    public DbSet<DuoContact> Contacts => Set<DuoContact>();

    public DbSet<VolunteerActivity> Activities => Set<VolunteerActivity>();

    protected override string Schema => "volunteers";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Volunteer>(b =>
        {
            b.ToTable("Volunteers");
            b.Property(v => v.FirstName).HasMaxLength(100);
            b.Property(v => v.LastName).HasMaxLength(100);
            b.Property(v => v.Email).HasMaxLength(256);
            b.Property(v => v.Phone).HasMaxLength(30);
            b.Property(v => v.Area).HasMaxLength(100);
            b.Property(v => v.Interests).HasMaxLength(1000);
            b.Property(v => v.IntakeNotes).HasMaxLength(4000);
            b.Property(v => v.Skills).HasMaxLength(1000);
            b.Property(v => v.Trainings).HasMaxLength(1000);
            b.Property(v => v.HeardVia).HasConversion<string>().HasMaxLength(30);
            b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            b.Ignore(v => v.FullName);
            b.HasIndex(v => new { v.TenantId, v.SignedUpAt });
            b.HasIndex(v => new { v.TenantId, v.Email });
            b.HasIndex(v => new { v.TenantId, v.AccountId });
        });
        modelBuilder.Entity<DuoTraject>(b =>
        {
            b.ToTable("DuoTrajects");
            b.Property(t => t.Area).HasMaxLength(100);
            b.Property(t => t.RequestNote).HasMaxLength(2000);
            b.Property(t => t.OutcomeNote).HasMaxLength(2000);
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(30);
            b.HasIndex(t => new { t.TenantId, t.VolunteerId });
            b.HasOne<Volunteer>().WithMany().HasForeignKey(t => t.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DuoProposal>(b =>
        {
            b.ToTable("DuoProposals");
            b.Property(p => p.Answer).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(p => new { p.TenantId, p.VolunteerId });
            b.HasOne<DuoTraject>().WithMany().HasForeignKey(p => p.TrajectId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Volunteer>().WithMany().HasForeignKey(p => p.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DuoTask>(b =>
        {
            b.ToTable("DuoTasks");
            b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(t => t.Description).HasMaxLength(500);
            b.HasOne<DuoTraject>().WithMany().HasForeignKey(t => t.TrajectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DuoContact>(b =>
        {
            b.ToTable("DuoContacts");
            b.Property(c => c.Hours).HasPrecision(5, 2);
            b.Property(c => c.Note).HasMaxLength(1000);
            b.HasIndex(c => new { c.TenantId, c.On });
            b.HasOne<DuoTraject>().WithMany().HasForeignKey(c => c.TrajectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VolunteerActivity>(b =>
        {
            b.ToTable("VolunteerActivities");
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(a => a.Hours).HasPrecision(5, 2);
            b.Property(a => a.Note).HasMaxLength(1000);
            b.HasIndex(a => new { a.TenantId, a.On });
            b.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class VolunteersSqliteDbContext(DbContextOptions<VolunteersSqliteDbContext> o, ICurrentTenant t) : VolunteersDbContext(o, t);

internal sealed class VolunteersPostgreSqlDbContext(DbContextOptions<VolunteersPostgreSqlDbContext> o, ICurrentTenant t) : VolunteersDbContext(o, t);

internal sealed class VolunteersSqliteFactory : IDesignTimeDbContextFactory<VolunteersSqliteDbContext>
{
    public VolunteersSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<VolunteersSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class VolunteersPostgreSqlFactory : IDesignTimeDbContextFactory<VolunteersPostgreSqlDbContext>
{
    public VolunteersPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<VolunteersPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
