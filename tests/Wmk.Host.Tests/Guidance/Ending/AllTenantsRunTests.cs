using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Ending;

/// <summary>
/// The scheduled run over every tenant (several at once on PostgreSQL): each tenant's notices are made inside that
/// tenant, for its own residents only.
/// </summary>
public sealed class AllTenantsRunTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_run_over_all_tenants_makes_each_tenants_notice_in_that_tenant_only(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var end = host.Clock.Today().AddMonths(3);
        var tenants = new List<(TestTenant Tenant, Guid Resident)>();
        for (var i = 0; i < 6; i++)
        {
            var tenant = await host.CreateTenantAsync();
            var (resident, _) = await host.InTenantAsync(tenant.Info, sp => EndingSeed.ResidentWithContractAsync(sp, end));
            tenants.Add((tenant, resident));
        }

        var executor = host.Services.GetRequiredService<TenantJobExecutor>();
        var result = await executor.RunAsync(executor.Find("Guidance.ContractEndJob"), CancellationToken.None);

        foreach (var (tenant, resident) in tenants)
        {
            result.Completed.ShouldContain(tenant.Slug);
            var notices = await host.InTenantAsync(tenant.Info, sp =>
                sp.GetRequiredService<GuidanceDbContext>().Notices.AsNoTracking().Select(n => new { n.ResidentId, n.TenantId }).ToListAsync());
            notices.ShouldHaveSingleItem().ResidentId.ShouldBe(resident);
            notices[0].TenantId.ShouldBe(tenant.Info.Id);
        }
    }
}
