using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Auditing;

public sealed class AuditLogTests
{
    [Fact]
    public async Task Recording_a_read_stores_who_read_which_file_and_when()
    {
        await using var harness = OutboxHarness.Create();
        var tenant = harness.AddTenant("antwerpen");
        var counsellor = Guid.NewGuid();
        var resident = Guid.NewGuid();
        harness.Get<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, counsellor.ToString())], "test")),
        };

        await harness.InTenantAsync(tenant, sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", resident));

        var entry = (await EntriesAsync(harness, tenant)).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditAction.Read);
        entry.EntityType.ShouldBe("Resident");
        entry.EntityId.ShouldBe(resident.ToString());
        entry.UserId.ShouldBe(counsellor);
        entry.At.ShouldBe(harness.Time.GetUtcNow().UtcDateTime);
        entry.TenantId.ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task Entries_of_one_tenant_are_invisible_to_another()
    {
        await using var harness = OutboxHarness.Create();
        var a = harness.AddTenant("a");
        var b = harness.AddTenant("b");

        await harness.InTenantAsync(a, sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Update, "Resident", 1));

        (await EntriesAsync(harness, b)).ShouldBeEmpty();
        (await EntriesAsync(harness, a)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Changing_an_entry_is_refused()
    {
        await using var harness = OutboxHarness.Create();
        var tenant = harness.AddTenant("gent");
        await harness.InTenantAsync(tenant, sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", 1));

        await harness.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            (await db.AuditEntries.SingleAsync()).EntityId = "2";
            await Should.ThrowAsync<AuditAppendOnlyException>(() => db.SaveChangesAsync());
        });

        (await EntriesAsync(harness, tenant)).Single().EntityId.ShouldBe("1");
    }

    [Fact]
    public async Task Deleting_an_entry_is_refused()
    {
        await using var harness = OutboxHarness.Create();
        var tenant = harness.AddTenant("gent");
        await harness.InTenantAsync(tenant, sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", 1));

        await harness.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            await Should.ThrowAsync<AuditAppendOnlyException>(() => db.SaveChangesAsync());
        });

        (await EntriesAsync(harness, tenant)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Recording_without_a_tenant_is_refused()
    {
        await using var harness = OutboxHarness.Create();
        await using var scope = harness.Services.CreateAsyncScope();

        await Should.ThrowAsync<TenantRequiredException>(
            () => scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", 1));
    }

    private static Task<List<AuditEntry>> EntriesAsync(OutboxHarness harness, TenantInfo tenant) =>
        harness.InTenantAsync(tenant, sp => sp.GetRequiredService<KernelDbContext>().AuditEntries.AsNoTracking().ToListAsync());
}
