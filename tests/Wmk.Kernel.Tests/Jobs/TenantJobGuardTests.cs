using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Tests.Jobs;

public sealed class TenantJobGuardTests
{
    [Fact]
    public async Task The_per_tenant_step_refuses_to_run_outside_a_tenant()
    {
        var log = new JobRunLog();
        await using var harness = JobTestExtensions.CreateJobHarness(log);
        var tenant = harness.AddTenant("aalst");
        var executor = harness.Get<TenantJobExecutor>();

        await Should.ThrowAsync<TenantRequiredException>(
            () => executor.ExecuteInCurrentTenantAsync(executor.Find(JobTestExtensions.JobName), tenant, CancellationToken.None));

        log.Runs.ShouldBeEmpty();
    }

    [Fact]
    public async Task Job_code_run_outside_a_tenant_sees_no_tenant_data_and_cannot_save_any()
    {
        await using var harness = JobTestExtensions.CreateJobHarness(new JobRunLog());
        var tenant = harness.AddTenant("ieper");
        await harness.InTenantAsync(tenant, sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", 7));

        harness.Get<ICurrentTenant>().Id.ShouldBeNull();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();

        (await db.AuditEntries.CountAsync()).ShouldBe(0);
        db.AuditEntries.Add(new AuditEntry { TenantId = tenant.Id, EntityType = "Resident", EntityId = "7" });
        await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }
}
