using System.Net;
using System.Net.Http.Json;
using Wmk.Finance.Domain;
using Wmk.Finance.Features;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Contracts;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance;

public sealed class FinanceApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly November = new(2026, 11, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_seeded_table_quotes_a_solo_unit_line_by_line(DatabaseKind kind)
    {
        var (client, contract) = await ContractAsync(kind);

        var tables = (await client.GetFromJsonAsync<List<RentTableView>>("/api/v1/finance/rent-tables"))!;
        var quote = (await client.GetFromJsonAsync<QuoteView>($"/api/v1/finance/quote?unitId={contract.UnitId}&household=1"))!;
        var tooMany = await client.GetAsync($"/api/v1/finance/quote?unitId={contract.UnitId}&household=2");
        var unknown = await client.GetAsync($"/api/v1/finance/quote?unitId={Guid.NewGuid()}&household=1");

        tables.Single().Lines.Count.ShouldBe(8);
        quote.Lines.Count.ShouldBe(6);
        quote.TotalPerPerson.ShouldBe(110m + 65m + 90m + 5m + 50m + 7m);
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadAsStringAsync()).ShouldContain("Het aantal bewoners moet tussen 1 en 1 liggen.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/finance/quote?unitId={contract.UnitId}&household=1"));
        page.ShouldContain("€ 327,00");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_monthly_run_charges_the_first_month_pro_rata_once_however_often_it_runs(DatabaseKind kind)
    {
        var (client, contract) = await ContractAsync(kind);

        var first = await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November))).ReadAsync<MonthlyRunResult>();
        var second = await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November.AddDays(9)))).ReadAsync<MonthlyRunResult>();
        var december = await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November.AddMonths(1)))).ReadAsync<MonthlyRunResult>();

        first.Created.ShouldBe(1);
        second.Created.ShouldBe(0);
        second.Existing.ShouldBe(1);
        december.Created.ShouldBe(1);
        var charges = (await client.GetFromJsonAsync<List<ChargeView>>("/api/v1/finance/charges?from=2026-11-01&to=2026-12-31"))!;
        charges.Count.ShouldBe(2);
        var charge = charges[0];
        charge.ContractId.ShouldBe(contract.Id);
        charge.From.ShouldBe(new DateOnly(2026, 11, 26));
        charge.Total.ShouldBe(54.50m);
        charge.Lines.Sum(l => l.Amount).ShouldBe(charge.Total);
        charges[1].Total.ShouldBe(327m);
        WebUtility.HtmlDecode(await client.GetStringAsync("/finance/charges?month=2026-11-01")).ShouldContain("€ 54,50");

        var wrongOrder = await client.GetAsync("/api/v1/finance/charges?from=2026-12-01&to=2026-11-01");
        wrongOrder.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongOrder.Content.ReadAsStringAsync()).ShouldContain("De begindatum ligt na de einddatum.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Two_runs_of_the_same_month_at_once_store_each_charge_once(DatabaseKind kind)
    {
        var (client, contract) = await ContractAsync(kind);

        var runs = await Task.WhenAll(
            client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November.AddMonths(1))),
            client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November.AddMonths(1))));

        var results = await Task.WhenAll(runs.Select(r => r.ReadAsync<MonthlyRunResult>()));
        results.Sum(r => r.Created).ShouldBe(1);
        var charges = (await client.GetFromJsonAsync<List<ChargeView>>("/api/v1/finance/charges?from=2026-12-01"))!;
        charges.Single().ContractId.ShouldBe(contract.Id);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_rent_call_shows_the_iban_the_structured_communication_and_the_epc_payload(DatabaseKind kind)
    {
        var (client, contract) = await ContractAsync(kind);
        await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(November))).ReadAsync<MonthlyRunResult>();
        var url = $"/api/v1/finance/contracts/{contract.Id}/rent-call?month=2026-11-01";

        var noAccount = await client.GetAsync(url);
        var badIban = await client.PutAsJsonAsync("/api/v1/finance/bank-account", new BankAccountInput("BE68 5390 0754 7035", "Wonen vzw", null));
        await (await client.PutAsJsonAsync("/api/v1/finance/bank-account", new BankAccountInput("be68 5390 0754 7034", "Wonen vzw", "gebabebb"))).ReadAsync<BankAccountView>();
        var call = (await client.GetFromJsonAsync<RentCallView>(url))!;
        var reference = (await client.GetFromJsonAsync<PaymentReferenceView>($"/api/v1/finance/contracts/{contract.Id}/reference"))!;

        noAccount.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        badIban.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badIban.Content.ReadAsStringAsync()).ShouldContain("Dit is geen geldig IBAN-nummer.");
        call.Amount.ShouldBe(54.50m);
        call.Iban.ShouldBe("BE68 5390 0754 7034");
        call.Communication.ShouldBe(reference.Communication);
        StructuredCommunication.IsValid(call.Communication).ShouldBeTrue();
        call.EpcPayload.ShouldBe($"BCD\n002\n1\nSCT\nGEBABEBB\nWonen vzw\nBE68539007547034\nEUR54.50\n\n{reference.Digits}");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/finance/contracts/{contract.Id}/rent-call?month=2026-11-01"));
        page.ShouldContain(reference.Communication);
        page.ShouldContain("<img src=\"data:image/png;base64,");
        (await client.GetAsync($"/api/v1/finance/contracts/{Guid.NewGuid()}/reference")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/finance/contracts/{contract.Id}/rent-call?month=2027-05-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_bad_rent_table_gets_every_message_in_dutch_and_nothing_is_stored(DatabaseKind kind)
    {
        var (client, _) = await ContractAsync(kind);

        var bad = await client.PostAsJsonAsync("/api/v1/finance/rent-tables", new RentTableInput("Nieuw", null, new(2027, 1, 1),
        [
            new("Forfait", 200m, false, null, LineSharing.Split, 65m, 183m),
            new("Negatief", -5m, false, null, LineSharing.PerPerson, null, null),
        ]));
        var good = await (await client.PostAsJsonAsync("/api/v1/finance/rent-tables", new RentTableInput("Nieuw", null, new(2027, 1, 1),
            [new("Alles", 300m, false, null, LineSharing.PerPerson, null, null)]))).ReadAsync<RentTableView>();
        var twice = await client.PostAsJsonAsync("/api/v1/finance/rent-tables", new RentTableInput("Nieuw", null, new(2027, 1, 1),
            [new("Alles", 300m, false, null, LineSharing.PerPerson, null, null)]));

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync();
        text.ShouldContain("Het bedrag van lijn 'Forfait' ligt niet tussen");
        text.ShouldContain("Het bedrag van lijn 'Negatief' kan niet negatief zijn.");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        good.Lines.Single().Amount.ShouldBe(300m);
        (await client.GetFromJsonAsync<List<RentTableView>>("/api/v1/finance/rent-tables"))!.Count.ShouldBe(2);
    }

    private async Task<(HttpClient Client, ContractView Contract)> ContractAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        return (await AdminHttp.AdminOfAsync(host, tenant), contract);
    }
}
