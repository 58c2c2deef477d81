using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Wmk.Finance.Domain;
using Wmk.Finance.Features;
using Wmk.Finance.Features.Ledger;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Finance.Features.Payments.Entry;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Contracts;
using Wmk.Testing;
using Wmk.Testing.Finance;

namespace Wmk.Host.Tests.Finance.Payments;

public sealed class PaymentsApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_manual_payment_on_a_contract_settles_the_ledger_and_bad_input_stores_nothing(DatabaseKind kind)
    {
        var (client, contract, _) = await ChargedAsync(kind);

        var negative = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(-5m));
        var zero = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(0m));
        var absurd = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(100_000.01m));
        var badReference = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(54.50m) with { Communication = "+++123/4567/89003+++", ContractId = null });
        var future = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(54.50m) with { Day = Today.AddDays(1) });
        var unknown = await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(54.50m) with { ContractId = Guid.NewGuid() });
        var paid = await (await client.PostAsJsonAsync("/api/v1/finance/payments", Manual(54.50m) with { ContractId = contract.Id })).ReadAsync<PaymentView>();

        foreach (var bad in new[] { negative, zero, absurd, badReference, future })
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await TextAsync(negative)).ShouldContain("Het bedrag moet boven nul liggen en mag niet hoger zijn dan € 100.000.");
        (await TextAsync(badReference)).ShouldContain("geen geldige gestructureerde mededeling");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        paid.Status.ShouldBe(PaymentStatus.Matched);
        paid.ResidentId.ShouldBe(contract.ResidentId);
        (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments"))!.ShouldHaveSingleItem().Id.ShouldBe(paid.Id);
        var balance = (await client.GetFromJsonAsync<List<ResidentBalance>>("/api/v1/finance/residents"))!.ShouldHaveSingleItem();
        balance.ShouldBe(new ResidentBalance(contract.ResidentId, "Bewoner Test", 54.50m, 54.50m, 0m, 0m, null));
        var account = (await client.GetFromJsonAsync<ResidentAccountView>($"/api/v1/finance/residents/{contract.ResidentId}/ledger"))!;
        account.Lines.Select(l => l.Balance).ShouldBe([54.50m, 0m]);
        (await client.GetAsync($"/api/v1/finance/residents/{Guid.NewGuid()}/ledger")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_csv_file_is_read_with_the_saved_mapping_matched_once_and_a_bad_file_is_refused_whole(DatabaseKind kind)
    {
        var (client, contract, reference) = await ChargedAsync(kind);
        var noMapping = await client.PostAsync("/api/v1/finance/payments/imports/csv?fileName=a.csv", new StringContent("x"));
        var badMapping = await client.PutAsJsonAsync("/api/v1/finance/payments/csv-mapping", new CsvMappingInput(":", true, 1, 1, null, null, null, "yyyy", true));
        await (await client.PutAsJsonAsync("/api/v1/finance/payments/csv-mapping",
            new CsvMappingInput(";", true, 1, 2, 3, 4, 5, "dd/MM/yyyy", true))).ReadAsync<CsvMappingInput>();
        var csv = $"Datum;Bedrag;Naam;IBAN;Mededeling\n26/11/2026;54,50;PEETERS JAN;BE71 0961 2345 6769;{reference.Communication}\n26/11/2026;\"1.000,00\";Stad;;subsidie\n";

        var bad = await client.PostAsync("/api/v1/finance/payments/imports/csv?fileName=b.csv", new StringContent(csv + "27/11/2026;12,00\n"));
        var first = await (await client.PostAsync("/api/v1/finance/payments/imports/csv?fileName=a.csv", new StringContent(csv))).ReadAsync<PaymentImportResult>();
        var twice = await client.PostAsync("/api/v1/finance/payments/imports/csv?fileName=a.csv", new StringContent(csv));
        var overlap = await (await client.PostAsync("/api/v1/finance/payments/imports/csv?fileName=c.csv",
            new StringContent(csv + "27/11/2026;12,00;X;;\n"))).ReadAsync<PaymentImportResult>();

        noMapping.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        badMapping.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(badMapping)).ShouldContain("Elke kolom kan maar één veld bevatten.");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(bad)).ShouldContain("Regel 4: 2 kolom(men), de koppeling verwacht er minstens 5.");
        first.ShouldBe(first with { Lines = 2, Added = 2, Duplicates = 0, Matched = 1, Unmatched = 1 });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TextAsync(twice)).ShouldContain("Dit bestand werd al ingelezen (a.csv");
        overlap.ShouldBe(overlap with { Lines = 3, Added = 1, Duplicates = 2 });
        var payments = (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments"))!;
        payments.Count.ShouldBe(3);
        payments.Single(p => p.Status == PaymentStatus.Matched).ContractId.ShouldBe(contract.Id);
        (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments?status=Unmatched&from=2026-11-27&to=2026-11-27"))!
            .ShouldHaveSingleItem().Amount.ShouldBe(12m);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_coda_statement_is_matched_by_structured_communication_and_the_same_movements_never_twice(DatabaseKind kind)
    {
        var (client, contract, reference) = await ChargedAsync(kind);
        var statement = new CodaFileBuilder().Statement(120, Today, 1000m)
            .Movement(54.50m, reference.Digits, name: "PEETERS JAN", iban: "BE71096123456769")
            .Movement(54.50m, reference.Digits[..10] + ((int.Parse(reference.Digits[10..]) % 97) + 1).ToString("00"), name: "IEMAND")
            .Movement(-12m, communication: "Kosten").Bytes();
        var overlapping = new CodaFileBuilder().Statement(120, Today, 1000m)
            .Movement(54.50m, reference.Digits, name: "PEETERS JAN", iban: "BE71096123456769")
            .Movement(54.50m, reference.Digits[..10] + ((int.Parse(reference.Digits[10..]) % 97) + 1).ToString("00"), name: "IEMAND")
            .Movement(-12m, communication: "Kosten")
            .Statement(121, Today, 1097m).Movement(20m, communication: "Gift").Bytes();
        var broken = statement[..^140];

        var truncated = await Coda(client, broken, "kapot.cod");
        var first = await (await Coda(client, statement, "uittreksel-120.cod")).ReadAsync<PaymentImportResult>();
        var again = await Coda(client, statement, "nog-eens.cod");
        var more = await (await Coda(client, overlapping, "uittreksels-120-121.cod")).ReadAsync<PaymentImportResult>();

        truncated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(truncated)).ShouldContain("Regel 8: een CODA-record telt 128 tekens");
        first.ShouldBe(first with { Lines = 3, Added = 3, Matched = 1, Suggested = 0, Unmatched = 2 });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        more.ShouldBe(more with { Lines = 4, Added = 1, Duplicates = 3 });
        var payments = (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments"))!;
        payments.Count.ShouldBe(4);
        var matched = payments.Single(p => p.Status == PaymentStatus.Matched);
        (matched.ContractId, matched.ResidentId, matched.Communication).ShouldBe((contract.Id, contract.ResidentId, reference.Communication));
        payments.Single(p => p.CounterpartyName == "IEMAND").Status.ShouldBe(PaymentStatus.Unmatched);
        (await client.GetFromJsonAsync<List<ResidentBalance>>("/api/v1/finance/residents"))!.Single().Balance.ShouldBe(0m);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_confirm_a_suggestion_assign_and_ignore_lines_and_the_second_of_two_at_once_gets_a_409(DatabaseKind kind)
    {
        var (client, contract, _) = await ChargedAsync(kind);
        await (await Coda(client, new CodaFileBuilder().Statement(7, Today).Movement(54.50m, communication: "huur", name: "TEST BEWONER")
            .Movement(54.50m, communication: "huur nov", name: "Onbekend").Movement(250m, communication: "eigen rekening", name: "Wonen vzw").Bytes(), "q.cod"))
            .ReadAsync<PaymentImportResult>();
        var queue = (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments/queue"))!;
        var suggested = queue[0];
        var unknown = queue.Single(p => p.CounterpartyName == "Onbekend");
        var own = queue.Single(p => p.CounterpartyName == "Wonen vzw");

        var both = await Task.WhenAll(
            client.PostAsJsonAsync($"/api/v1/finance/payments/{suggested.Id}/confirm", new PaymentStampInput(suggested.Stamp)),
            client.PostAsJsonAsync($"/api/v1/finance/payments/{suggested.Id}/confirm", new PaymentStampInput(suggested.Stamp)));
        var late = await client.PostAsJsonAsync($"/api/v1/finance/payments/{suggested.Id}/reject", new PaymentStampInput(suggested.Stamp));
        var otherTenant = await client.PostAsJsonAsync($"/api/v1/finance/payments/{unknown.Id}/assign", new PaymentAssignInput(await OtherContractAsync(kind), unknown.Stamp));
        var assigned = await (await client.PostAsJsonAsync($"/api/v1/finance/payments/{unknown.Id}/assign", new PaymentAssignInput(contract.Id, unknown.Stamp)))
            .ReadAsync<PaymentView>();
        var noReason = await client.PostAsJsonAsync($"/api/v1/finance/payments/{own.Id}/ignore", new PaymentIgnoreInput(" ", own.Stamp));
        var ignored = await (await client.PostAsJsonAsync($"/api/v1/finance/payments/{own.Id}/ignore", new PaymentIgnoreInput("Overschrijving eigen rekening", own.Stamp)))
            .ReadAsync<PaymentView>();

        suggested.Status.ShouldBe(PaymentStatus.Suggested);
        suggested.ContractId.ShouldBe(contract.Id);
        suggested.ResidentName.ShouldBe("Bewoner Test");
        both.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true);
        var conflict = await TextAsync(both.Single(r => r.StatusCode == HttpStatusCode.Conflict));
        conflict.ShouldContain("Deze lijn werd al gekoppeld door");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        assigned.Status.ShouldBe(PaymentStatus.Matched);
        assigned.MatchedBy.ShouldNotBeNull();
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ignored.Status.ShouldBe(PaymentStatus.Ignored);
        ignored.Note.ShouldBe("Overschrijving eigen rekening");
        (await client.GetFromJsonAsync<List<PaymentView>>("/api/v1/finance/payments/queue"))!.ShouldBeEmpty();
        (await client.GetFromJsonAsync<List<ResidentBalance>>("/api/v1/finance/residents"))!.Single().Balance.ShouldBe(-54.50m);
    }

    /// <summary>A response's text with JSON escapes (\u00e9, \u20ac) undone.</summary>
    internal static async Task<string> TextAsync(HttpResponseMessage response) => Regex.Unescape(await response.Content.ReadAsStringAsync());

    internal static async Task<HttpResponseMessage> Coda(HttpClient client, byte[] content, string name) =>
        await client.PostAsync($"/api/v1/finance/payments/imports/coda?fileName={name}", new ByteArrayContent(content));

    private static ManualPaymentInput Manual(decimal amount) => new(Today, amount, "Bewoner Test", "BE71 0961 2345 6769", null, null);

    private async Task<Guid> OtherContractAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var other = await host.CreateTenantAsync();
        return (await host.InTenantAsync(other.Info, HousingSeed.ContractAsync)).Id;
    }

    private async Task<(HttpClient Client, ContractView Contract, PaymentReferenceView Reference)> ChargedAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var contract = await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        await (await client.PostAsJsonAsync("/api/v1/finance/monthly-runs", new MonthlyRunInput(Today))).ReadAsync<Wmk.Finance.Features.Charges.MonthlyRunResult>();
        var reference = (await client.GetFromJsonAsync<PaymentReferenceView>($"/api/v1/finance/contracts/{contract.Id}/reference"))!;
        return (client, contract, reference);
    }
}
