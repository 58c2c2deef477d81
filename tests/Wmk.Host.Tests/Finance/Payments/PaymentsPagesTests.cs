using System.Net;
using System.Net.Http.Json;
using Wmk.Finance.Domain;
using Wmk.Finance.Features;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Kernel.Security;
using Wmk.Testing;
using Wmk.Testing.Finance;

namespace Wmk.Host.Tests.Finance.Payments;

public sealed class PaymentsPagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_enter_and_import_payments_confirm_a_suggestion_and_read_the_accounts_on_dutch_pages(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(HousingSeed.Today))).ReadAsync<Wmk.Finance.Features.Charges.MonthlyRunResult>();

        var badAmount = Html(await client.PostFormAsync("/finance/payments/new", "/finance/payments/new",
            new Dictionary<string, string> { ["Day"] = "2026-11-26", ["Amount"] = "-3" }));
        var manual = await client.PostFormAsync("/finance/payments/new", "/finance/payments/new",
            new Dictionary<string, string> { ["Day"] = "2026-11-25", ["Amount"] = "20,25", ["CounterpartyName"] = "Bewoner Test", ["ContractId"] = contract.Id.ToString() });
        var coda = new CodaFileBuilder().Statement(1, HousingSeed.Today).Movement(34.25m, communication: "huur", name: "TEST BEWONER").Bytes();
        var imported = Html(await UploadAsync(client, "Coda", coda, "nov.cod"));
        var malformed = Html(await UploadAsync(client, "Coda", coda[..^3], "kapot.cod"));
        var queue = Html(await client.GetAsync("/finance/payments/queue"));
        var line = (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments/queue"))!.Single();
        var confirmed = await client.PostFormAsync("/finance/payments/queue", "/finance/payments/queue?handler=Confirm",
            new Dictionary<string, string> { ["id"] = line.Id.ToString(), ["stamp"] = line.Stamp.ToString() });
        var stale = Html(await client.PostFormAsync("/finance/payments/queue", "/finance/payments/queue?handler=Reject",
            new Dictionary<string, string> { ["id"] = line.Id.ToString(), ["stamp"] = line.Stamp.ToString() }));

        badAmount.ShouldContain("Het bedrag moet boven nul liggen");
        manual.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        imported.ShouldContain("Bestand nov.cod: 1 lijn(en), 1 nieuw, 0 al gekend; 0 gekoppeld, 1 voorgesteld, 0 niet gekoppeld.");
        malformed.ShouldContain("Regel 6: een CODA-record telt 128 tekens, deze regel heeft er 127.");
        queue.ShouldContain("Voorstel: Bewoner Test");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.ShouldContain("Deze lijn werd al gekoppeld door");
        var list = Html(await client.GetAsync("/finance/payments?status=Matched"));
        list.ShouldContain("€ 20,25");
        list.ShouldContain("€ 34,25");
        Html(await client.GetAsync("/finance/residents")).ShouldContain("€ 0,00");
        var ledger = Html(await client.GetAsync($"/finance/residents/{contract.ResidentId}"));
        ledger.ShouldContain("Rekening van Bewoner Test");
        ledger.ShouldContain("€ 54,50");
        (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments?status=Matched"))!.Count.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_saved_csv_mapping_comes_back_on_the_import_page(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var saved = await client.PostFormAsync("/finance/payments/import", "/finance/payments/import?handler=Mapping", new Dictionary<string, string>
        {
            ["Delimiter"] = "tab", ["HasHeader"] = "true", ["DateColumn"] = "2", ["AmountColumn"] = "4", ["NameColumn"] = "3", ["DateFormat"] = "yyyy-MM-dd", ["DecimalComma"] = "true",
        });
        var imported = Html(await UploadAsync(client, "Csv", "kop\nx\t2026-11-20\tJan\t12,50\n"u8.ToArray(), "bank.csv"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        imported.ShouldContain("Bestand bank.csv: 1 lijn(en), 1 nieuw");
        imported.ShouldContain("value=\"yyyy-MM-dd\"");
        (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments"))!.Single().Source.ShouldBe(PaymentSource.Csv);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_partner_counsellor_gets_neither_payments_nor_accounts(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var counsellor = await HousingFollowUpApiTests.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);

        (await counsellor.GetAsync("/api/v1/finance/residents")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await counsellor.GetAsync("/api/v1/finance/payments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await counsellor.GetAsync("/finance/residents")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string handler, byte[] content, string name)
    {
        var token = HttpSignIn.Antiforgery(await client.GetStringAsync("/finance/payments/import"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(content), "file", name } };
        return await client.PostAsync($"/finance/payments/import?handler={handler}", form);
    }

    private static string Html(HttpResponseMessage response) => WebUtility.HtmlDecode(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
}
