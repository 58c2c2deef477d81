using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Startup;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingDemoTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_demo_tenant_gets_12_units_in_three_districts_once_even_when_seeded_twice(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var seeder = host.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync(CancellationToken.None);
        await seeder.SeedAsync(CancellationToken.None);
        var demo = await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantStore>().FindBySlugAsync(DemoSeeder.Slug, default));

        var units = await host.InTenantAsync(demo, sp => sp.GetRequiredService<UnitsHandler>().ListAsync(default));
        var board = await host.InTenantAsync(demo, sp => sp.GetRequiredService<BoardHandler>().GetAsync(null, null, null, default));

        units.Count.ShouldBe(12);
        units.Select(u => u.District).Distinct().ShouldBe(["Deurne", "Merksem", "Wilrijk"], ignoreOrder: true);
        units.Count(u => u.IsShared).ShouldBeGreaterThan(0);
        board.Units.Sum(u => u.Residents.Count).ShouldBe(6 + Wmk.Guidance.Features.Demo.GuidanceDemoData.ActiveResidents); // guidance starts its demo residents on free places
        board.EndingSoon.ShouldNotBeEmpty();
    }
}
