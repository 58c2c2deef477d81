using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data;
using Wmk.Testing;

namespace Wmk.Host.Tests.Isolation;

public sealed class TenantIsolationTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    public static TheoryData<IsolationCase, DatabaseKind> Cases()
    {
        var data = new TheoryData<IsolationCase, DatabaseKind>();
        foreach (var c in IsolationCases.All)
        {
            data.Add(c, DatabaseKind.Sqlite);
            data.Add(c, DatabaseKind.PostgreSql);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rows_of_tenant_A_are_invisible_to_tenant_B_and_to_the_host_side(IsolationCase c, DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        await SeedAsync(host, a, c);

        (await CountAsync(host, a, c)).ShouldBeGreaterThan(0);
        var inA = await CountAsync(host, a, c);
        await SeedAsync(host, b, c);
        (await CountAsync(host, a, c)).ShouldBe(inA, "seeding tenant B must not show up in tenant A");
        (await host.InTenantAsync(null, sp => EntityAccess.CountVisibleAsync(Db(sp, c), c.EntityType))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Writing_a_row_of_tenant_A_inside_tenant_B_or_without_a_tenant_throws(IsolationCase c, DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var b = await host.CreateTenantAsync();
        await SeedAsync(host, a, c);

        foreach (var other in new[] { b.Info, null })
        {
            await host.InTenantAsync(other, async sp =>
            {
                var db = Db(sp, c);
                var row = await EntityAccess.FirstOfTenantAsync(db, c.EntityType, a.Info.Id);
                row.ShouldNotBeNull();
                db.Entry(row).State = EntityState.Modified;
                await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
            });
        }
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_entity_is_tenant_owned_with_the_filter_or_marked_shared(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        await host.InTenantAsync(null, sp =>
        {
            foreach (var registration in sp.GetServices<ModuleDbContextRegistration>())
            {
                var db = (DbContext)sp.GetRequiredService(registration.ContextType);
                foreach (var entity in db.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned()))
                {
                    if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType))
                    {
                        entity.FindDeclaredQueryFilter(TenantModel.FilterName).ShouldNotBeNull($"{entity.ClrType.Name} lacks the tenant filter");
                    }
                    else
                    {
                        entity.IsShared().ShouldBeTrue($"{entity.ClrType.Name} is neither tenant-owned nor marked shared");
                    }
                }
            }

            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Every_tenant_owned_entity_is_in_the_isolation_suite()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var covered = IsolationCases.All.Select(c => c.EntityType).ToHashSet();
        await host.InTenantAsync(null, sp =>
        {
            var missing = sp.GetServices<ModuleDbContextRegistration>()
                .SelectMany(r => ((DbContext)sp.GetRequiredService(r.ContextType)).Model.GetEntityTypes())
                .Select(e => e.ClrType)
                .Where(t => typeof(ITenantOwned).IsAssignableFrom(t) && !covered.Contains(t))
                .Select(t => t.Name)
                .ToList();
            missing.ShouldBeEmpty("add these entities to IsolationCases");
            return Task.CompletedTask;
        });
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_tenant_filter_emits_only_a_tenant_id_comparison(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await host.CreateTenantAsync();
        var sql = await host.InTenantAsync(a.Info, sp =>
            Task.FromResult(sp.GetRequiredService<Wmk.Kernel.Data.Kernel.KernelDbContext>().TenantValues.ToQueryString()));
        sql.ShouldContain("TenantId\" = @");
        sql.ShouldNotContain(" OR ");
    }

    private static DbContext Db(IServiceProvider sp, IsolationCase c) => (DbContext)sp.GetRequiredService(c.ContextType);

    private static Task SeedAsync(WmkTestHost host, TestTenant tenant, IsolationCase c) =>
        c.Seed is null ? Task.CompletedTask : host.InTenantAsync(tenant.Info, c.Seed);

    private static Task<int> CountAsync(WmkTestHost host, TestTenant tenant, IsolationCase c) =>
        host.InTenantAsync(tenant.Info, sp => EntityAccess.CountVisibleAsync(Db(sp, c), c.EntityType));
}
