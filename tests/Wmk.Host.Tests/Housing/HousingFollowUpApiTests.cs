using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingFollowUpApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_records_inspections_and_readings_and_sees_the_consumption_per_month(DatabaseKind kind)
    {
        var (host, tenant, unit) = await UnitAsync(kind);
        var client = await MemberAsync(host, tenant, WmkRoles.TechnicalManager);
        var url = $"/api/v1/housing/units/{unit}";

        var inspection = await (await client.PostAsJsonAsync(url + "/inspections",
            new InspectionInput(Today, SafetyResult.Remarks, "Rookmelder zolder vervangen"))).ReadAsync<InspectionView>();
        await (await client.PostAsJsonAsync(url + "/readings", new ReadingInput(MeterKind.Electricity, new DateOnly(2026, 9, 1), 1000m, false))).ReadAsync<ReadingView>();
        await (await client.PostAsJsonAsync(url + "/readings", new ReadingInput(MeterKind.Electricity, new DateOnly(2026, 11, 1), 1610m, false))).ReadAsync<ReadingView>();

        inspection.Result.ShouldBe(SafetyResult.Remarks);
        (await client.GetFromJsonAsync<List<InspectionView>>(url + "/inspections"))!.Single().Remarks.ShouldBe("Rookmelder zolder vervangen");
        var readings = (await client.GetFromJsonAsync<ReadingsView>(url + "/readings"))!;
        readings.Readings.Count.ShouldBe(2);
        readings.Consumption.ShouldBe([
            new MonthlyConsumption(MeterKind.Electricity, 2026, 9, 300m), new MonthlyConsumption(MeterKind.Electricity, 2026, 10, 310m)]);
        (await client.GetAsync(url + "/keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_lower_or_future_reading_gets_a_dutch_400_and_nothing_is_stored_unless_it_is_a_meter_replacement(DatabaseKind kind)
    {
        var (host, tenant, unit) = await UnitAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{unit}/readings";
        await (await client.PostAsJsonAsync(url, new ReadingInput(MeterKind.Gas, Today.AddMonths(-1), 5000m, false))).ReadAsync<ReadingView>();

        var lower = await client.PostAsJsonAsync(url, new ReadingInput(MeterKind.Gas, Today, 12m, false));
        var future = await client.PostAsJsonAsync(url, new ReadingInput(MeterKind.Gas, Today.AddDays(1), 6000m, false));

        lower.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lower.Content.ReadAsStringAsync()).ShouldContain("lager dan de vorige (5000 op 26/10/2026)");
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.Content.ReadAsStringAsync()).ShouldContain("De datum 27/11/2026 ligt in de toekomst");
        (await client.GetFromJsonAsync<ReadingsView>(url))!.Readings.Count.ShouldBe(1);

        await (await client.PostAsJsonAsync(url, new ReadingInput(MeterKind.Gas, Today, 12m, true))).ReadAsync<ReadingView>();
        var after = (await client.GetFromJsonAsync<ReadingsView>(url))!;
        after.Readings.Count.ShouldBe(2);
        after.Consumption.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_inspections_unknown_units_and_another_tenants_unit_get_clear_errors(DatabaseKind kind)
    {
        var (host, tenant, unit) = await UnitAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var other = await host.CreateTenantAsync();
        var otherUnit = await host.InTenantAsync(other.Info, HousingSeed.UnitAsync);

        var unsafeWithoutRemarks = await client.PostAsJsonAsync($"/api/v1/housing/units/{unit}/inspections", new InspectionInput(Today, SafetyResult.Unsafe, " "));
        var unknown = await client.PostAsJsonAsync($"/api/v1/housing/units/{Guid.NewGuid()}/inspections", new InspectionInput(Today, SafetyResult.Ok, null));
        var foreign = await client.GetAsync($"/api/v1/housing/units/{otherUnit}/readings");
        var badEnum = await client.PostAsync($"/api/v1/housing/units/{unit}/readings",
            JsonContent.Create(new { Kind = "Stroom", Date = "2026-11-01", Value = 3 }));

        unsafeWithoutRemarks.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsafeWithoutRemarks.Content.ReadAsStringAsync()).ShouldContain("Geef de opmerkingen");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        badEnum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetFromJsonAsync<List<InspectionView>>($"/api/v1/housing/units/{unit}/inspections"))!.ShouldBeEmpty();
        (await client.GetFromJsonAsync<ReadingsView>($"/api/v1/housing/units/{unit}/readings"))!.Readings.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unsafe_check_puts_the_unit_under_inspection_until_a_later_ok_check(DatabaseKind kind)
    {
        var (host, tenant, unit) = await UnitAsync(kind);
        var manager = await MemberAsync(host, tenant, WmkRoles.TechnicalManager);
        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{unit}";
        var start = new StartContractInput(unit, null, null, "Bewoner Test", Today, null);

        await (await manager.PostAsJsonAsync(url + "/inspections", new InspectionInput(Today.AddDays(-2), SafetyResult.Unsafe, "Gaslek"))).ReadAsync<InspectionView>();
        var refused = await staff.PostAsJsonAsync("/api/v1/housing/contracts", start);
        await (await manager.PostAsJsonAsync(url + "/inspections", new InspectionInput(Today.AddDays(-3), SafetyResult.Ok, null))).ReadAsync<InspectionView>();
        var stillUnder = (await staff.GetFromJsonAsync<UnitView>(url))!.UnderInspection;
        await (await manager.PostAsJsonAsync(url + "/inspections", new InspectionInput(Today, SafetyResult.Ok, null))).ReadAsync<InspectionView>();
        var started = await staff.PostAsJsonAsync("/api/v1/housing/contracts", start);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("De woning is in inspectie");
        stillUnder.ShouldBeTrue();
        (await staff.GetFromJsonAsync<UnitView>(url))!.UnderInspection.ShouldBeFalse();
        started.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static async Task<(WmkTestHost Host, TestTenant Tenant, Guid Unit)> UnitAsync(SharedHosts hosts, DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        return (host, tenant, await host.InTenantAsync(tenant.Info, HousingSeed.UnitAsync));
    }

    internal static async Task<HttpClient> MemberAsync(WmkTestHost host, TestTenant tenant, string role)
    {
        var email = $"m-{Guid.NewGuid():N}@test.example";
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, "Lid", [role]));
        if (role == WmkRoles.TechnicalManager)
        {
            await host.InTenantAsync(tenant.Info, async sp =>
            {
                var member = (await sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(email))!;
                var db = sp.GetRequiredService<HousingDbContext>();
                var managers = await db.Partners.Where(p => p.Kind == PartnerKind.TechnicalManager).Select(p => p.Id).ToListAsync();
                db.PartnerUsers.AddRange(managers.Select(id => new PartnerUser { PartnerId = id, AccountId = member.AccountId }));
                await db.SaveChangesAsync();
            });
        }

        return await AdminHttp.SignedInAsync(host, email, tenant.Slug);
    }

    private Task<(WmkTestHost Host, TestTenant Tenant, Guid Unit)> UnitAsync(DatabaseKind kind) => UnitAsync(hosts, kind);
}
