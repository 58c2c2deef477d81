using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Demo;
using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Guidance.Features.Reports.Outflow;
using Wmk.Guidance.Features.Reports.Wait;
using Wmk.Host.Startup;
using Wmk.Housing.Features.Board;
using Wmk.Kernel.MultiTenancy;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Reports;

public sealed class ReportsDemoTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_demo_seed_reproduces_the_outflow_table_of_the_domain_through_the_api_even_when_seeded_twice(DatabaseKind kind)
    {
        await using var host = await WmkTestHost.StartAsync(kind);
        var seeder = host.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync(CancellationToken.None);
        await seeder.SeedAsync(CancellationToken.None);
        var client = host.CreateClient();
        (await client.SignInAsync("coordinator@demo.wmk.example", DemoSeeder.Password, DemoSeeder.Slug)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var outflow = (await client.GetFromJsonAsync<OutflowView>("/api/v1/guidance/reports/outflow?year=2023&years=2"))!;

        outflow.Years.ShouldBe([2022, 2023]);
        outflow.Rows.Select(r => r.Destination).ShouldBe(Enum.GetValues<Destination>().Order().Cast<Destination?>());
        outflow.Rows.Select(r => r.Counts[0]).ShouldBe([4, 4, 1, 3, 1, 1, 2, 1]);
        outflow.Rows.Select(r => r.Counts[1]).ShouldBe([1, 1, 1, 5, 1, 0, 0, 1]);
        outflow.Totals.ShouldBe([17, 10]);
        outflow.Total.ShouldBe(27);
        var page = await client.GetStringAsync("/guidance/reports/outflow?year=2023&years=2");
        page.ShouldContain("Sociale woning via versnelde toewijzing");

        var caseload = (await client.GetFromJsonAsync<CaseloadView>("/api/v1/guidance/reports/caseload"))!;
        caseload.Rows.Single().ShouldSatisfyAllConditions(r => r.Name.ShouldBe("Jonas Medewerker"), r => r.Residents.ShouldBe(2));
        (caseload.Unassigned, caseload.Total).ShouldBe((1, GuidanceDemoData.ActiveResidents));
        var wait = (await client.GetFromJsonAsync<WaitView>("/api/v1/guidance/reports/wait"))!;
        (wait.Started, wait.Waiting).ShouldBe((GuidanceDemoData.ActiveResidents, 5));
        var occupancy = (await client.GetFromJsonAsync<OccupancyView>("/api/v1/guidance/reports/occupancy"))!;
        occupancy.Months[10].Rate.ShouldNotBeNull().ShouldBeGreaterThan(0m);

        var demo = await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantStore>().FindBySlugAsync(DemoSeeder.Slug, default));
        var board = await host.InTenantAsync(demo, sp => sp.GetRequiredService<BoardHandler>().GetAsync(null, null, null, default));
        board.Units.Sum(u => u.Residents.Count).ShouldBe(6 + GuidanceDemoData.ActiveResidents);
    }
}
