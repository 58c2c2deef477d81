using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data;

namespace Wmk.Kernel.Tests.Data;

/// <summary>
/// <see cref="WmkDbContext"/> tells SQLite by the provider's name instead of <c>Database.IsSqlite()</c> (which would load
/// the SQLite provider into a PostgreSQL host); the name must stay the one EF Core's SQLite provider reports.
/// </summary>
public sealed class SqliteProviderNameTests
{
    [Fact]
    public void The_sqlite_provider_name_is_the_one_ef_core_reports()
    {
        var options = new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options;
        using var context = new DbContext(options);

        context.Database.IsSqlite().ShouldBeTrue();
        context.Database.ProviderName.ShouldBe(WmkDbContext.SqliteProviderName);
    }
}
