using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Extras;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.Energy;

public sealed class ExtraChargesApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_extra_charge_is_booked_audited_and_listed_per_resident(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var damage = await (await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(contract.Id, ExtraChargeKind.Damage, HousingSeed.Today, 120.505m, "  Deur beschadigd  "))).ReadAsync<ExtraChargeView>();
        var credit = await (await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(contract.Id, ExtraChargeKind.EnergySettlement, HousingSeed.Today, -40m, "Afrekening energie 2026"))).ReadAsync<ExtraChargeView>();

        damage.Amount.ShouldBe(120.51m);
        damage.Description.ShouldBe("Deur beschadigd");
        damage.ResidentId.ShouldBe(contract.ResidentId);
        credit.Amount.ShouldBe(-40m);
        var list = (await client.GetFromJsonAsync<List<ExtraChargeView>>($"/api/v1/finance/residents/{contract.ResidentId}/extra-charges"))!;
        list.Select(c => c.Amount).ShouldBe([-40m, 120.51m], ignoreOrder: true);
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().AuditEntries
            .CountAsync(a => a.EntityType == nameof(ExtraCharge) && a.Action == Wmk.Kernel.Auditing.AuditAction.Create))).ShouldBe(2);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/finance/extra-charges?residentId={contract.ResidentId}"));
        page.ShouldContain("€ 120,51");
        page.ShouldContain("Energieafrekening");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_extra_charges_are_refused_with_every_reason_and_nothing_is_stored(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var other = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var foreign = await host.InTenantAsync(other.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var negative = await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(contract.Id, ExtraChargeKind.Damage, HousingSeed.Today.AddDays(-1), -10m, " "));
        var zero = await client.PostAsJsonAsync("/api/v1/finance/extra-charges", new ExtraChargeInput(contract.Id, ExtraChargeKind.Key, HousingSeed.Today, 0m, "Sleutel"));
        var absurd = await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(contract.Id, ExtraChargeKind.Cleaning, HousingSeed.Today, 1_000_000m, "Schoonmaak"));
        var unknown = await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(Guid.NewGuid(), ExtraChargeKind.Key, HousingSeed.Today, 25m, "Sleutel"));
        var otherTenant = await client.PostAsJsonAsync("/api/v1/finance/extra-charges",
            new ExtraChargeInput(foreign.Id, ExtraChargeKind.Key, HousingSeed.Today, 25m, "Sleutel"));

        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reasons = await negative.Content.ReadAsStringAsync();
        reasons.ShouldContain("Een negatief bedrag (een creditering) kan alleen bij een energieafrekening.");
        reasons.ShouldContain("Geef een omschrijving.");
        reasons.ShouldContain("De datum mag niet vóór de start van het contract liggen (26/11/2026).");
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await zero.Content.ReadAsStringAsync()).ShouldContain("Het bedrag mag niet nul zijn.");
        absurd.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await absurd.Content.ReadAsStringAsync()).ShouldContain("Het bedrag mag niet hoger zijn dan € 10.000,00.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<List<ExtraChargeView>>($"/api/v1/finance/residents/{contract.ResidentId}/extra-charges"))!.ShouldBeEmpty();
        (await client.GetFromJsonAsync<List<ExtraChargeView>>($"/api/v1/finance/residents/{foreign.ResidentId}/extra-charges"))!.ShouldBeEmpty();
    }
}
