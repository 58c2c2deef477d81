using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.Keys;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Housing.Features.Neighbours;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingCorrectionsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_corrects_and_removes_its_checks_and_readings_under_the_entry_rules_and_it_is_audited(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var manager = await HousingFollowUpApiTests.MemberAsync(host, tenant, WmkRoles.TechnicalManager);
        var url = $"/api/v1/housing/units/{unit}";
        var check = await (await manager.PostAsJsonAsync(url + "/inspections", new InspectionInput(Today, SafetyResult.Ok, null))).ReadAsync<InspectionView>();
        var first = await (await manager.PostAsJsonAsync(url + "/readings", new ReadingInput(MeterKind.Gas, Today.AddMonths(-2), 1000m, false))).ReadAsync<ReadingView>();
        var second = await (await manager.PostAsJsonAsync(url + "/readings", new ReadingInput(MeterKind.Gas, Today.AddMonths(-1), 10m, true))).ReadAsync<ReadingView>();
        await (await manager.PostAsJsonAsync(url + "/readings", new ReadingInput(MeterKind.Gas, Today, 60m, false))).ReadAsync<ReadingView>();

        var madeUnsafe = await (await manager.PutAsJsonAsync($"{url}/inspections/{check.Id}", new InspectionInput(Today, SafetyResult.Unsafe, "Gaslek"))).ReadAsync<InspectionView>();
        var underInspection = (await manager.GetFromJsonAsync<UnitView>(url))!.UnderInspection;
        var withoutRemarks = await manager.PutAsJsonAsync($"{url}/inspections/{check.Id}", new InspectionInput(Today, SafetyResult.Remarks, null));
        var lower = await manager.PutAsJsonAsync($"{url}/readings/{second.Id}", new ReadingInput(MeterKind.Gas, Today.AddMonths(-1), 10m, false));
        var breaksSeries = await manager.DeleteAsync($"{url}/readings/{second.Id}");
        var corrected = await (await manager.PutAsJsonAsync($"{url}/readings/{first.Id}", new ReadingInput(MeterKind.Gas, Today.AddMonths(-2), 900m, false))).ReadAsync<ReadingView>();
        var removed = await manager.DeleteAsync($"{url}/inspections/{check.Id}");

        (madeUnsafe.Result, underInspection).ShouldBe((SafetyResult.Unsafe, true));
        withoutRemarks.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutRemarks.Content.ReadAsStringAsync()).ShouldContain("Geef de opmerkingen");
        lower.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lower.Content.ReadAsStringAsync()).ShouldContain("lager dan de vorige (1000 op 26/09/2026)");
        breaksSeries.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await breaksSeries.Content.ReadAsStringAsync()).ShouldContain("Zonder deze meterstand is de volgende (26/11/2026: 60) lager dan de vorige (1000 op 26/09/2026)");
        corrected.Value.ShouldBe(900m);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await manager.GetFromJsonAsync<List<InspectionView>>(url + "/inspections"))!.ShouldBeEmpty();
        var readings = (await manager.GetFromJsonAsync<ReadingsView>(url + "/readings"))!.Readings;
        readings.Select(r => (r.Value, r.IsReplacement)).ShouldBe([(60m, false), (10m, true), (900m, false)]);
        var audit = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == nameof(Inspection) || a.EntityType == nameof(MeterReading)).ToListAsync());
        audit.Select(a => (a.Action, a.EntityType, a.EntityId)).OrderBy(a => a.Action).ShouldBe([
            (AuditAction.Update, nameof(Inspection), check.Id.ToString()), (AuditAction.Update, nameof(MeterReading), first.Id.ToString()),
            (AuditAction.Delete, nameof(Inspection), check.Id.ToString())], ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_correct_and_remove_key_incidents_and_neighbour_contacts_on_the_pages(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{unit}";
        var contract = await (await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit, null, null, "Bewoner", Today, null)))
            .ReadAsync<ContractView>();
        var incident = await (await client.PostAsJsonAsync(url + "/keys",
            new KeyIncidentInput(contract.Id, Today, KeyIncidentKind.Lost, KeyPayer.Resident, 25m, null))).ReadAsync<KeyIncidentView>();
        var contact = await (await client.PostAsJsonAsync(url + "/neighbours",
            new NeighbourContactInput(Today, NeighbourContactKind.Complaint, "Lawaai"))).ReadAsync<NeighbourContactView>();
        var keys = $"/housing/units/{unit}/keys";
        var neighbours = $"/housing/units/{unit}/neighbours";

        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"{keys}?edit={incident.Id}"));
        var negative = await client.PostFormAsync(keys, $"{keys}?handler=Correct&itemId={incident.Id}", new Dictionary<string, string>
            { ["ContractId"] = contract.Id.ToString(), ["Date"] = "2026-11-25", ["Kind"] = "Forgotten", ["PaidBy"] = "Organisation", ["Amount"] = "-3" });
        var keyCorrected = await client.PostFormAsync(keys, $"{keys}?handler=Correct&itemId={incident.Id}", new Dictionary<string, string>
            { ["ContractId"] = contract.Id.ToString(), ["Date"] = "2026-11-25", ["Kind"] = "Forgotten", ["PaidBy"] = "Organisation", ["Amount"] = "12,5" });
        var contactCorrected = await client.PostFormAsync(neighbours, $"{neighbours}?handler=Correct&itemId={contact.Id}", new Dictionary<string, string>
            { ["Date"] = "2026-11-20", ["Kind"] = "Mediation", ["Notes"] = "Bemiddeling" });
        var contactRemoved = await client.PostFormAsync(neighbours, $"{neighbours}?handler=Remove&itemId={contact.Id}", new Dictionary<string, string>());

        form.ShouldContain("value=\"2026-11-26\"");
        form.ShouldContain("value=\"25,00\"");
        negative.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<KeysView>(url + "/keys"))!.Incidents.Single().Amount.ShouldBe(12.5m);
        keyCorrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await client.GetFromJsonAsync<KeysView>(url + "/keys"))!.Incidents.Single();
        (saved.Date, saved.Kind, saved.PaidBy).ShouldBe((Today.AddDays(-1), KeyIncidentKind.Forgotten, KeyPayer.Organisation));
        contactCorrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        contactRemoved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetFromJsonAsync<NeighboursView>(url + "/neighbours"))!.Contacts.ShouldBeEmpty();
        (await client.DeleteAsync($"{url}/keys/{incident.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetFromJsonAsync<KeysView>(url + "/keys"))!.Incidents.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Records_of_another_unit_or_tenant_are_404_and_a_technical_manager_may_not_touch_keys_or_neighbours(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var otherUnit = await host.InTenantAsync(tenant.Info, HousingSeed.UnitAsync);
        var other = await host.CreateTenantAsync();
        var foreignUnit = await host.InTenantAsync(other.Info, HousingSeed.UnitAsync);
        var contact = await (await client.PostAsJsonAsync($"/api/v1/housing/units/{unit}/neighbours",
            new NeighbourContactInput(Today, NeighbourContactKind.Complaint, null))).ReadAsync<NeighbourContactView>();
        var reading = await (await client.PostAsJsonAsync($"/api/v1/housing/units/{unit}/readings",
            new ReadingInput(MeterKind.Water, Today, 10m, false))).ReadAsync<ReadingView>();
        var manager = await HousingFollowUpApiTests.MemberAsync(host, tenant, WmkRoles.TechnicalManager);
        var changed = new ReadingInput(MeterKind.Water, Today, 11m, false);

        (await client.PutAsJsonAsync($"/api/v1/housing/units/{otherUnit}/readings/{reading.Id}", changed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync($"/api/v1/housing/units/{foreignUnit}/readings/{reading.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync($"/api/v1/housing/units/{unit}/inspections/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.DeleteAsync($"/api/v1/housing/units/{unit}/neighbours/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var foreignClient = await AdminHttp.AdminOfAsync(host, other);
        (await foreignClient.DeleteAsync($"/api/v1/housing/units/{foreignUnit}/neighbours/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<ReadingsView>($"/api/v1/housing/units/{unit}/readings"))!.Readings.Single().Value.ShouldBe(10m);
        (await client.GetFromJsonAsync<NeighboursView>($"/api/v1/housing/units/{unit}/neighbours"))!.Contacts.ShouldHaveSingleItem();
    }
}
