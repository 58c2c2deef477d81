using Microsoft.EntityFrameworkCore.Design;

namespace Wmk.Kernel.Data.Kernel;

internal sealed class KernelSqliteFactory : IDesignTimeDbContextFactory<KernelSqliteDbContext>
{
    public KernelSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<KernelSqliteDbContext>(DatabaseProvider.Sqlite), DesignTimeFactory.NoTenant());
}

internal sealed class KernelPostgreSqlFactory : IDesignTimeDbContextFactory<KernelPostgreSqlDbContext>
{
    public KernelPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(DesignTimeFactory.Options<KernelPostgreSqlDbContext>(DatabaseProvider.PostgreSql), DesignTimeFactory.NoTenant());
}
