using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Data;

public sealed class CounsellorScopeTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Bert = Guid.NewGuid();

    [Fact]
    public async Task A_counsellor_sees_only_their_own_clients_and_staff_see_all()
    {
        await using var kernel = await StartAsync();

        (await Names(kernel, null)).ShouldBe(["Bo", "Mira", "Sam"]);
        (await Names(kernel, Ann)).ShouldBe(["Mira", "Sam"]);
        (await Names(kernel, Bert)).ShouldBe(["Bo"]);
    }

    [Fact]
    public async Task A_counsellor_cannot_save_a_client_of_another_counsellor()
    {
        await using var kernel = await StartAsync();

        await Should.ThrowAsync<TenantMismatchException>(() => InScope(kernel, Ann, async db =>
        {
            db.Clients.Add(new CounselledClient { FirstName = "Nieuw", CounsellorAccountId = Bert });
            await db.SaveChangesAsync();
            return 0;
        }));
        await Should.ThrowAsync<TenantMismatchException>(() => InScope(kernel, Ann, async db =>
        {
            var bo = await db.Clients.IgnoreQueryFilters([TenantModel.CounsellorFilterName]).SingleAsync(c => c.FirstName == "Bo");
            bo.FirstName = "Gewijzigd";
            await db.SaveChangesAsync();
            return 0;
        }));
        (await Names(kernel, null)).ShouldBe(["Bo", "Mira", "Sam"]);
    }

    [Fact]
    public async Task The_counsellor_filter_leaves_the_tenant_filter_alone()
    {
        await using var kernel = await StartAsync();
        var sql = await InScope(kernel, Ann, db => Task.FromResult(db.Clients.ToQueryString()));
        sql.ShouldContain("\"TenantId\" = @");
        sql.ShouldContain("\"CounsellorAccountId\" = @");
    }

    private static async Task<KernelHarness> StartAsync()
    {
        var kernel = await KernelHarness.StartAsync(o => o.ConfigureServices(s =>
            s.AddWmkDbContext<CounselTestDbContext, CounselTestSqliteDbContext, CounselTestPostgreSqlDbContext>()));
        await InScope(kernel, null, async db =>
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            db.Clients.AddRange(
                new CounselledClient { FirstName = "Sam", CounsellorAccountId = Ann },
                new CounselledClient { FirstName = "Mira", CounsellorAccountId = Ann },
                new CounselledClient { FirstName = "Bo", CounsellorAccountId = Bert });
            await db.SaveChangesAsync();
            return 0;
        });
        return kernel;
    }

    private static Task<List<string>> Names(KernelHarness kernel, Guid? counsellor) =>
        InScope(kernel, counsellor, db => db.Clients.OrderBy(c => c.FirstName).Select(c => c.FirstName).ToListAsync());

    private static Task<T> InScope<T>(KernelHarness kernel, Guid? counsellor, Func<CounselTestDbContext, Task<T>> work) =>
        kernel.InScopeAsync(Tenant, async sp =>
        {
            using (counsellor is { } id ? kernel.CurrentTenant.RestrictToCounsellor(id) : null)
            {
                return await work(sp.GetRequiredService<CounselTestDbContext>());
            }
        });
}
