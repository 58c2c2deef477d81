using System.Net;
using System.Net.Http.Json;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.RentTables;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance;

public sealed class FinancePagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_add_a_rent_table_version_run_the_month_and_keep_the_bank_account_on_dutch_pages(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var seeded = WebUtility.HtmlDecode(await client.GetStringAsync("/finance/rent-tables"));
        var badVersion = await client.PostPairsAsync("/finance/rent-tables", "/finance/rent-tables",
            ("Name", "Tarieven 2027"), ("ValidFrom", "2027-01-01"), ("Lines[0].Name", "Forfait"), ("Lines[0].Amount", "250"),
            ("Lines[0].FromUnitForfait", "false"), ("Lines[0].Sharing", "Split"), ("Lines[0].Minimum", "65"), ("Lines[0].Maximum", "183"));
        var goodVersion = await client.PostPairsAsync("/finance/rent-tables", "/finance/rent-tables",
            ("Name", "Tarieven 2027"), ("ValidFrom", "2027-01-01"), ("Lines[0].Name", "Forfait"), ("Lines[0].Amount", "0"),
            ("Lines[0].FromUnitForfait", "true"), ("Lines[0].FromUnitForfait", "false"), ("Lines[0].Sharing", "Split"),
            ("Lines[0].Minimum", "65"), ("Lines[0].Maximum", "183"), ("Lines[1].Name", ""), ("Lines[1].Amount", "0"),
            ("Lines[1].FromUnitForfait", "false"), ("Lines[1].Sharing", "Split"));
        var run = WebUtility.HtmlDecode(await (await client.PostFormAsync("/finance/charges", "/finance/charges",
            new Dictionary<string, string> { ["month"] = "2026-11-01" })).Content.ReadAsStringAsync());
        var badIban = WebUtility.HtmlDecode(await (await client.PostFormAsync("/finance/bank-account", "/finance/bank-account",
            new Dictionary<string, string> { ["Iban"] = "BE00 1234", ["Name"] = "Wonen vzw" })).Content.ReadAsStringAsync());

        seeded.ShouldContain("Bezettingsvergoeding 1 slaapkamer(s)");
        seeded.ShouldContain("€ 183,00");
        WebUtility.HtmlDecode(await badVersion.Content.ReadAsStringAsync()).ShouldContain("Het bedrag van lijn 'Forfait' ligt niet tussen € 65");
        goodVersion.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var versions = (await client.GetFromJsonAsync<List<RentTableView>>("/api/v1/finance/rent-tables"))!;
        versions.Count.ShouldBe(2);
        versions.Single(v => v.ValidFrom.Year == 2027).Lines.Single().FromUnitForfait.ShouldBeTrue();
        run.ShouldContain("Maandrun 11/2026: 1 nieuwe aanrekening(en), 0 bestonden al.");
        run.ShouldContain("€ 54,50");
        badIban.ShouldContain("Dit is geen geldig IBAN-nummer.");
        (await client.GetFromJsonAsync<BankAccountView>("/api/v1/finance/bank-account"))!.Iban.ShouldBeNull();
        (await client.GetFromJsonAsync<List<ChargeView>>("/api/v1/finance/charges?from=2026-11-01"))!.Count.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_technical_manager_sees_no_finance(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = await HousingFollowUpApiTests.MemberAsync(host, tenant, Wmk.Kernel.Security.WmkRoles.TechnicalManager);

        (await client.GetAsync("/api/v1/finance/rent-tables")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new { Month = "2026-11-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
