using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingPagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_add_partners_and_a_unit_let_it_and_see_the_free_places_change_on_the_board(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var client = await AdminHttp.AdminOfAsync(host, await host.CreateTenantAsync());
        (await client.PostFormAsync("/housing/partners", "/housing/partners", new Dictionary<string, string>
            { ["Kind"] = "HousingCompany", ["Name"] = "Woonhaven", ["HousingStock"] = "18000" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostFormAsync("/housing/partners", "/housing/partners", new Dictionary<string, string>
            { ["Kind"] = "TechnicalManager", ["Name"] = "IVB" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var partners = (await client.GetFromJsonAsync<List<PartnerView>>("/api/v1/housing/partners"))!;
        var unit = new Dictionary<string, string>
        {
            ["Address"] = "Bredabaan 12", ["District"] = "Merksem", ["HousingCompanyId"] = partners.Single(p => p.Name == "Woonhaven").Id.ToString(),
            ["TechnicalManagerId"] = partners.Single(p => p.Name == "IVB").Id.ToString(), ["MonthlyFee"] = "135,50", ["Forfait"] = "-5",
            ["Bedrooms"] = "2", ["Floor"] = "1", ["IsShared"] = "true", ["Gas"] = "Forfait", ["Electricity"] = "Forfait",
            ["AvailableFrom"] = "2026-06-01", ["AvailableUntil"] = "2028-06-30", ["EndReason"] = "Demolition", ["Category"] = "AvoidingVacancy",
            ["EpcIssuedOn"] = "2025-01-01", ["EpcExpiresOn"] = "2035-01-01", ["ConformityIssuedOn"] = "2025-01-01", ["ConformityExpiresOn"] = "2030-01-01",
        };

        var refused = await client.PostFormAsync("/housing/units/new", "/housing/units/new", unit);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Het forfait mag niet negatief zijn.");
        unit["Forfait"] = "70,25";
        var added = await client.PostFormAsync("/housing/units/new", "/housing/units/new", unit);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = added.Headers.Location!.OriginalString;
        var saved = (await client.GetFromJsonAsync<List<UnitView>>("/api/v1/housing/units"))!.Single();
        (saved.MonthlyFee, saved.Forfait, saved.Places).ShouldBe((135.50m, 70.25m, 2));
        (await client.GetStringAsync("/housing/board")).ShouldContain("2 vrije plaatsen van 2");

        var let = await client.PostFormAsync(page, page + "?handler=Start", new Dictionary<string, string>
            { ["residentName"] = "Lina K.", ["start"] = "2026-11-26" });

        let.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var board = await client.GetStringAsync("/housing/board");
        board.ShouldContain("1 vrije plaatsen van 2");
        board.ShouldContain("Lina K.");
        (await client.GetStringAsync(page)).ShouldContain("25/11/2027");
    }
}
