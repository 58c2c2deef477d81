using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Kernel.Data;
using Wmk.Testing;

namespace Wmk.Host.Tests.Kernel;

/// <summary>The kernel's bulk insert (binary COPY on PostgreSQL, one save on SQLite), shown on finance's charges.</summary>
public sealed class BulkInsertTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateTimeOffset Created = new(2026, 11, 26, 9, 30, 15, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Rows_are_stored_with_every_value_their_json_column_and_the_current_tenant(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, other) = (await host.CreateTenantAsync(), await host.CreateTenantAsync());
        var charges = await host.InTenantAsync(tenant.Info, async sp => Charges(await TableAsync(sp), 3));

        await host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<FinanceDbContext>().InsertAsync([charges]));

        var stored = await host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<FinanceDbContext>().Charges.AsNoTracking().OrderBy(c => c.ResidentName).ToListAsync());
        stored.Count.ShouldBe(3);
        stored.ShouldAllBe(c => c.TenantId == tenant.Info.Id);
        var first = stored[0];
        first.ResidentName.ShouldBe("Bewoner 0 — Çé");
        (first.Month, first.From, first.To).ShouldBe((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 31)));
        first.Total.ShouldBe(288.46m);
        first.CreatedAt.ShouldBe(Created);
        first.Lines.OrderBy(l => l.Position).Select(l => (l.Name, l.Amount)).ShouldBe([("Bezettingsvergoeding \"quoted\" — é", 250.01m), ("Forfait", 38.45m)]);
        (await host.InTenantAsync(other.Info, sp => sp.GetRequiredService<FinanceDbContext>().Charges.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_row_of_another_tenant_or_without_a_tenant_is_refused_before_anything_is_written(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, other) = (await host.CreateTenantAsync(), await host.CreateTenantAsync());
        var charges = await host.InTenantAsync(tenant.Info, async sp => Charges(await TableAsync(sp), 2));
        charges[1].TenantId = other.Info.Id;

        await Should.ThrowAsync<TenantMismatchException>(() => host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<FinanceDbContext>().InsertAsync([charges])));
        charges[1].TenantId = Guid.Empty;
        await Should.ThrowAsync<TenantMismatchException>(() => host.InTenantAsync(null, sp =>
            sp.GetRequiredService<FinanceDbContext>().InsertAsync([charges])));

        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<FinanceDbContext>().Charges.CountAsync())).ShouldBe(0);
        (await host.InTenantAsync(other.Info, sp => sp.GetRequiredService<FinanceDbContext>().Charges.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_unique_key_conflict_in_a_later_set_writes_nothing_of_any_set(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var (stored, more) = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var table = await TableAsync(sp);
            return (Charges(table, 1), Charges(table, 2));
        });
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<FinanceDbContext>().InsertAsync([stored]));
        var clash = more[1];
        clash.ContractId = stored[0].ContractId; // the same contract and month again

        await Should.ThrowAsync<DbUpdateException>(() => host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<FinanceDbContext>().InsertAsync([[more[0]], [clash]])));

        var left = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<FinanceDbContext>().Charges.ToListAsync());
        left.Select(c => c.Id).ShouldBe([stored[0].Id]);
        left[0].Lines.Count.ShouldBe(2);
    }

    private static Task<Guid> TableAsync(IServiceProvider sp) =>
        sp.GetRequiredService<FinanceDbContext>().RentTables.Select(t => t.Id).FirstAsync();

    private static List<Charge> Charges(Guid table, int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new Charge
        {
            ContractId = Guid.NewGuid(), ResidentId = Guid.NewGuid(), ResidentName = $"Bewoner {i} — Çé", Month = new DateOnly(2026, 12, 1),
            From = new DateOnly(2026, 12, 10), To = new DateOnly(2026, 12, 31), Total = 288.46m, RentTableId = table, CreatedAt = Created,
            Lines =
            [
                new ChargeLine { Position = 1, Name = "Bezettingsvergoeding \"quoted\" — é", Amount = 250.01m },
                new ChargeLine { Position = 2, Name = "Forfait", Amount = 38.45m },
            ],
        }),
    ];
}
