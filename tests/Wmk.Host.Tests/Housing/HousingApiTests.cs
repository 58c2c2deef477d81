using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Board;
using Wmk.Housing.Features.CompanyReport;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Letting_a_place_of_a_shared_unit_lowers_the_free_places_on_the_board(DatabaseKind kind)
    {
        var (_, client) = await StaffAsync(kind);
        var (company, manager) = await PartnersAsync(client);
        var unit = await (await client.PostAsJsonAsync("/api/v1/housing/units", HousingSeed.Unit(company, manager, shared: true))).ReadAsync<UnitView>();
        unit.Places.ShouldBe(2);
        (await BoardAsync(client)).FreePlaces.ShouldBe(2);

        var contract = await (await client.PostAsJsonAsync("/api/v1/housing/contracts",
            new StartContractInput(unit.Id, null, null, "Yasmine D.", Today, null))).ReadAsync<ContractView>();

        contract.End.ShouldBe(Today.AddYears(1).AddDays(-1));
        contract.Status.ShouldBe(ContractStatus.Active);
        var board = await BoardAsync(client);
        board.FreePlaces.ShouldBe(1);
        board.Units.Single().Residents.Single().Name.ShouldBe("Yasmine D.");
        (await BoardAsync(client, Today.AddYears(1))).FreePlaces.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_second_contract_on_a_taken_place_is_refused_naming_the_date_and_nothing_is_stored(DatabaseKind kind)
    {
        var (_, client) = await StaffAsync(kind);
        var (company, manager) = await PartnersAsync(client);
        var unit = await (await client.PostAsJsonAsync("/api/v1/housing/units", HousingSeed.Unit(company, manager))).ReadAsync<UnitView>();
        await (await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit.Id, 1, null, "A", Today, null))).ReadAsync<ContractView>();

        var second = await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit.Id, 1, null, "B", Today.AddMonths(3), null));

        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await second.Content.ReadAsStringAsync()).ShouldContain("Plaats 1 is al bezet op 26/02/2027.");
        (await client.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{unit.Id}/contracts"))!.Count.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_unit_under_inspection_or_without_certificates_cannot_receive_a_resident(DatabaseKind kind)
    {
        var (_, client) = await StaffAsync(kind);
        var (company, manager) = await PartnersAsync(client);
        var input = HousingSeed.Unit(company, manager) with { UnderInspection = true, EpcIssuedOn = null, EpcExpiresOn = null };
        var unit = await (await client.PostAsJsonAsync("/api/v1/housing/units", input)).ReadAsync<UnitView>();

        var refused = await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit.Id, null, null, "A", Today, Today.AddMonths(30)));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await refused.Content.ReadAsStringAsync();
        text.ShouldContain("De woning is in inspectie");
        text.ShouldContain("De woning heeft geen geldig EPC op 26/11/2026.");
        text.ShouldNotContain("conformiteitsattest");
        text.ShouldContain("eindigt op 26/05/2028");
        (await client.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{unit.Id}/contracts"))!.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_unit_input_gets_a_dutch_400_and_stores_nothing(DatabaseKind kind)
    {
        var (_, client) = await StaffAsync(kind);
        var (company, manager) = await PartnersAsync(client);
        var bad = HousingSeed.Unit(company, manager) with { Forfait = -1m, AvailableFrom = Today, AvailableUntil = Today.AddDays(-1) };

        var response = await client.PostAsJsonAsync("/api/v1/housing/units", bad);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("Het forfait mag niet negatief zijn.");
        text.ShouldContain("De beschikbaarheid moet na de begindatum eindigen (van 26/11/2026 tot 25/11/2026).");
        (await client.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_unit_or_a_unit_of_another_tenant_is_not_found(DatabaseKind kind)
    {
        var (host, client) = await StaffAsync(kind);
        var other = await host.CreateTenantAsync();
        var foreignUnit = await host.InTenantAsync(other.Info, HousingSeed.UnitAsync);

        foreach (var id in new[] { Guid.NewGuid(), foreignUnit })
        {
            (await client.GetAsync($"/api/v1/housing/units/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var start = await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(id, null, null, "A", Today, null));
            start.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await start.Content.ReadAsStringAsync()).ShouldContain("Deze woning bestaat niet.");
        }

        (await host.InTenantAsync(other.Info, sp => sp.GetRequiredService<ContractsHandler>().ListForUnitAsync(foreignUnit, default))).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Extension_and_early_termination_change_the_end_and_a_stale_stamp_is_a_conflict(DatabaseKind kind)
    {
        var (_, client) = await StaffAsync(kind);
        var (company, manager) = await PartnersAsync(client);
        var unit = await (await client.PostAsJsonAsync("/api/v1/housing/units", HousingSeed.Unit(company, manager))).ReadAsync<UnitView>();
        var contract = await (await client.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit.Id, null, null, "A", Today, null))).ReadAsync<ContractView>();

        var extended = await (await client.PostAsJsonAsync($"/api/v1/housing/contracts/{contract.Id}/extension",
            new ExtendContractInput(Today.AddMonths(15), "Wacht op sociale woning", contract.ConcurrencyStamp))).ReadAsync<ContractView>();
        var stale = await client.PostAsJsonAsync($"/api/v1/housing/contracts/{contract.Id}/termination",
            new TerminateContractInput(Today.AddMonths(2), "Vertrek", contract.ConcurrencyStamp));
        var ended = await (await client.PostAsJsonAsync($"/api/v1/housing/contracts/{contract.Id}/termination",
            new TerminateContractInput(Today.AddMonths(2), "Vertrek", extended.ConcurrencyStamp))).ReadAsync<ContractView>();

        extended.End.ShouldBe(Today.AddMonths(15));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ended.TerminatedOn.ShouldBe(Today.AddMonths(2));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_linked_housing_company_user_sees_its_aggregate_with_the_cap_warning_and_its_units_but_no_residents(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var email = $"wm-{Guid.NewGuid():N}@test.example";
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            await sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, "Woonmaatschappij", [WmkRoles.HousingCompany]);
            var partners = sp.GetRequiredService<PartnersHandler>();
            var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, "Klein Patrimonium", 100, null, null, null), default);
            var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "IVB", null, null, null, null), default);
            var units = sp.GetRequiredService<UnitsHandler>();
            var unit = await units.AddAsync(HousingSeed.Unit(company.Id, manager.Id, category: LettingCategory.TargetGroup), default);
            await units.AddAsync(HousingSeed.Unit(company.Id, manager.Id, category: LettingCategory.EmergencyShelter), default);
            await sp.GetRequiredService<ContractsHandler>().StartAsync(new StartContractInput(unit.Id, null, null, "Geheime Naam", Today, null), default);
            await sp.GetRequiredService<PartnerUsersHandler>().AddAsync(company.Id, new PartnerUserInput(email), default);
        });
        var client = await AdminHttp.SignedInAsync(host, email, tenant.Slug);

        var json = await client.GetStringAsync("/api/v1/housing/companies");
        var report = JsonSerializer.Deserialize<CompanyReportView>(json, JsonSerializerOptions.Web)!;

        var row = report.Companies.Single();
        (row.Units, row.UnitsInUse, row.OccupancyRate).ShouldBe((2, 1, 50.0m));
        (row.Cap.CountingUnits, row.Cap.UsedPercent, row.Cap.OverCap).ShouldBe((2, 2.00m, true));
        json.ShouldNotContain("Geheime Naam");
        (await client.GetAsync("/api/v1/housing/board")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var units = await client.GetStringAsync("/api/v1/housing/units");
        JsonSerializer.Deserialize<List<UnitView>>(units, JsonSerializerOptions.Web)!.Count.ShouldBe(2);
        units.ShouldNotContain("Geheime Naam");
        (await client.GetStringAsync("/housing/companies")).ShouldContain("plafond");
    }

    private async Task<(WmkTestHost Host, HttpClient Client)> StaffAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        return (host, await AdminHttp.AdminOfAsync(host, tenant));
    }

    private static async Task<(Guid Company, Guid Manager)> PartnersAsync(HttpClient client)
    {
        var company = await (await client.PostAsJsonAsync("/api/v1/housing/partners",
            new PartnerInput(PartnerKind.HousingCompany, "Woonhaven", 1000, "Ilse", "ilse@woonhaven.example", "03 123 45 67"))).ReadAsync<PartnerView>();
        var manager = await (await client.PostAsJsonAsync("/api/v1/housing/partners",
            new PartnerInput(PartnerKind.TechnicalManager, "IVB", null, null, null, null))).ReadAsync<PartnerView>();
        return (company.Id, manager.Id);
    }

    private static async Task<BoardView> BoardAsync(HttpClient client, DateOnly? on = null) =>
        (await client.GetFromJsonAsync<BoardView>("/api/v1/housing/board" + (on is { } d ? $"?on={d:yyyy-MM-dd}" : string.Empty)))!;
}
