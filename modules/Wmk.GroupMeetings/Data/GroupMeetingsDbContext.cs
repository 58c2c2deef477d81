using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.GroupMeetings.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.GroupMeetings.Data;

/// <summary>The group meetings module's context (schema <c>meetings</c>).</summary>
internal abstract class GroupMeetingsDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Location> Locations => Set<Location>();

    public DbSet<WoonclubSession> Sessions => Set<WoonclubSession>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<LaundryBooking> LaundryBookings => Set<LaundryBooking>();

    public DbSet<WalkIn> WalkIns => Set<WalkIn>();

    protected override string Schema => "meetings";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Location>(b =>
        {
            b.ToTable("Locations");
            b.Property(l => l.Name).HasMaxLength(200);
            b.Property(l => l.Address).HasMaxLength(300);
            b.Property(l => l.Neighbourhood).HasMaxLength(100);
            b.Property(l => l.FeedToken).HasMaxLength(64);
            b.Property(l => l.LaundryDay1).HasConversion<string>().HasMaxLength(12);
            b.Property(l => l.LaundryDay2).HasConversion<string>().HasMaxLength(12);
            b.HasIndex(l => l.FeedToken).IsUnique();
            b.HasIndex(l => new { l.TenantId, l.Name }).IsUnique();
        });
        modelBuilder.Entity<WoonclubSession>(b =>
        {
            b.ToTable("Sessions");
            b.Property(s => s.Theme).HasMaxLength(100);
            b.Property(s => s.Description).HasMaxLength(2000);
            b.HasIndex(s => new { s.TenantId, s.LocationId, s.Date });
            b.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Attendance>(b =>
        {
            b.ToTable("Attendances");
            b.Property(a => a.ResidentName).HasMaxLength(200);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
            b.HasIndex(a => new { a.TenantId, a.SessionId, a.ResidentId }).IsUnique();
            b.HasIndex(a => new { a.TenantId, a.ResidentId });
            b.HasOne<WoonclubSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LaundryBooking>(b =>
        {
            b.ToTable("LaundryBookings");
            b.Property(l => l.ResidentName).HasMaxLength(200);
            b.HasIndex(l => new { l.TenantId, l.LocationId, l.Day, l.StartsAt }).IsUnique();
            b.HasIndex(l => new { l.TenantId, l.ResidentId, l.Day });
            b.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<WalkIn>(b =>
        {
            b.ToTable("WalkIns");
            b.Property(w => w.Topics).HasMaxLength(1000);
            b.HasIndex(w => new { w.TenantId, w.LocationId, w.Date });
            b.HasOne<Location>().WithMany().HasForeignKey(w => w.LocationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class GroupMeetingsSqliteDbContext(DbContextOptions<GroupMeetingsSqliteDbContext> o, ICurrentTenant t) : GroupMeetingsDbContext(o, t);

internal sealed class GroupMeetingsPostgreSqlDbContext(DbContextOptions<GroupMeetingsPostgreSqlDbContext> o, ICurrentTenant t) : GroupMeetingsDbContext(o, t);

internal sealed class GroupMeetingsSqliteFactory : IDesignTimeDbContextFactory<GroupMeetingsSqliteDbContext>
{
    public GroupMeetingsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<GroupMeetingsSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class GroupMeetingsPostgreSqlFactory : IDesignTimeDbContextFactory<GroupMeetingsPostgreSqlDbContext>
{
    public GroupMeetingsPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<GroupMeetingsPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
