using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.OAuth;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Data;

internal abstract class AccountsDbContext(DbContextOptions options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipRole> MembershipRoles => Set<MembershipRole>();

    public DbSet<TenantRole> Roles => Set<TenantRole>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override string Schema => "accounts";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(b =>
        {
            b.ToTable("Accounts");
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail).IsUnique();
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b => b.ToTable("AccountClaims").MarkShared("Part of a global account"));
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("AccountLogins").MarkShared("Part of a global account");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("AccountTokens").MarkShared("Part of a global account");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        });
        modelBuilder.Entity<Membership>(b =>
        {
            b.ToTable("Memberships");
            b.HasIndex(m => new { m.TenantId, m.AccountId }).IsUnique();
            b.HasMany(m => m.Roles).WithOne().HasForeignKey(r => r.MembershipId);
        });
        modelBuilder.Entity<MembershipRole>(b =>
        {
            b.ToTable("MembershipRoles");
            b.Property(r => r.RoleName).HasMaxLength(100);
        });
        modelBuilder.Entity<TenantRole>(b =>
        {
            b.ToTable("Roles");
            b.Property(r => r.Name).HasMaxLength(100);
            b.HasIndex(r => new { r.TenantId, r.Name }).IsUnique();
        });
        OAuthModel.Configure(modelBuilder);
        modelBuilder.Entity<Invitation>(b =>
        {
            b.ToTable("Invitations");
            b.Property(i => i.Email).HasMaxLength(256);
            b.Property(i => i.Roles).HasMaxLength(1000);
            b.Property(i => i.TokenHash).HasMaxLength(64);
            b.HasIndex(i => i.TokenHash).IsUnique();
            b.HasIndex(i => new { i.TenantId, i.Email });
            b.Ignore(i => i.RoleList);
        });
    }
}

internal sealed class AccountsSqliteDbContext(DbContextOptions<AccountsSqliteDbContext> o, ICurrentTenant t) : AccountsDbContext(o, t);

internal sealed class AccountsPostgreSqlDbContext(DbContextOptions<AccountsPostgreSqlDbContext> o, ICurrentTenant t) : AccountsDbContext(o, t);

internal sealed class AccountsSqliteFactory : IDesignTimeDbContextFactory<AccountsSqliteDbContext>
{
    public AccountsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<AccountsSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class AccountsPostgreSqlFactory : IDesignTimeDbContextFactory<AccountsPostgreSqlDbContext>
{
    public AccountsPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<AccountsPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
