using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Tests.Data;

/// <summary>A client record as a later module (guidance) will have one: owned by a tenant, followed by a counsellor.</summary>
public sealed class CounselledClient : ICounselledRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid? CounsellorAccountId { get; set; }

    public required string FirstName { get; set; }
}

public abstract class CounselTestDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<CounselledClient> Clients => Set<CounselledClient>();

    protected override string Schema => "counseltest";

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<CounselledClient>().ToTable("CounselledClients");
}

public sealed class CounselTestSqliteDbContext(DbContextOptions<CounselTestSqliteDbContext> o, ICurrentTenant t) : CounselTestDbContext(o, t);

public sealed class CounselTestPostgreSqlDbContext(DbContextOptions<CounselTestPostgreSqlDbContext> o, ICurrentTenant t) : CounselTestDbContext(o, t);
