using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Templates;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.PaymentPlans;
using Wmk.Finance.Features.Payments;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Documents;

/// <summary>Finance's models "paymentplan" and "charge": the seeded payment plan and arrears letter and an own charge template, filled from a real case.</summary>
public sealed class FinanceDocumentsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly December = new(2026, 12, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_payment_plan_and_a_charge_are_filled_with_their_amounts_and_reach_only_the_residents_own_counsellor(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, counsellorClient) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (_, otherCounsellor) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (resident, contract) = await host.ResidentAsync(tenant, counsellor);
        (await staff.PutAsJsonAsync("/api/v1/finance/bank-account", new BankAccountInput("BE68 5390 0754 7034", "Woonkans vzw", null))).EnsureSuccessStatusCode();
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<MonthlyRunHandler>().RunAsync(December, default));
        var charge = (await staff.GetFromJsonAsync<List<ChargeView>>("/api/v1/finance/charges?from=2026-12-01&to=2026-12-01"))!.Single(c => c.ContractId == contract);
        var reference = (await staff.GetFromJsonAsync<PaymentReferenceView>($"/api/v1/finance/contracts/{contract}/reference"))!;
        var plan = await (await staff.PostAsJsonAsync("/api/v1/finance/payment-plans",
            new PaymentPlanInput(resident, PlanPurpose.Rent, 300m, December, 3, null, "Interne notitie"))).ReadAsync<PaymentPlanView>();

        var planTemplate = await staff.TemplateAsync("PaymentPlan");
        var planDoc = await staff.GenerateAsync(planTemplate.Id, plan.Id);
        var planText = DocxText.All(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{planDoc.Id}/file"));

        planText.ShouldContain("Sam Vertrek");
        planText.ShouldContain("Openstaand bedrag: € 300,00.");
        planText.ShouldContain("01/12/2026 | € 100,00");
        planText.ShouldContain("01/02/2027 | € 100,00");
        planText.ShouldNotContain("Interne notitie");
        (await counsellorClient.GetAsync($"/api/v1/documents/generated/{planDoc.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherCounsellor.GetAsync($"/api/v1/documents/generated/{planDoc.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounsellor.GetAsync($"/api/v1/documents/cases/paymentplan/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await counsellorClient.GetAsync($"/api/v1/documents/cases/paymentplan/{plan.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/api/v1/documents/cases/paymentplan/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var own = await (await staff.UploadAsync("rentcall.docx", ChargeTemplate(), "charge", "Huuroproep")).ReadAsync<TemplateView>();
        var chargeDoc = await staff.GenerateAsync(own.Id, charge.Id);
        var chargeText = DocxText.All(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{chargeDoc.Id}/file"));
        var letter = await staff.GenerateAsync((await staff.TemplateAsync("ArrearsLetter")).Id, charge.Id);
        var letterText = WebUtility.HtmlDecode(Encoding.UTF8.GetString(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{letter.Id}/file")));

        chargeText.ShouldContain("Sam Vertrek");
        chargeText.ShouldContain($", december 2026: {Euro(charge.Total)}");
        foreach (var line in charge.Lines)
        {
            chargeText.ShouldContain($"{line.Name} | {Euro(line.Amount)}");
        }

        chargeText.ShouldContain($"Op BE68 5390 0754 7034 van Woonkans vzw met {reference.Communication}");
        letterText.ShouldContain($"december 2026 ({Euro(charge.Total)})");
        (await otherCounsellor.GetAsync($"/api/v1/documents/generated/{chargeDoc.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/finance/payment-plans/{plan.Id}")).ShouldContain($"/documents/case/paymentplan/{plan.Id}");
        WebUtility.HtmlDecode(await staff.GetStringAsync("/finance/charges?month=2026-12-01")).ShouldContain($"/documents/case/charge/{charge.Id}");
    }

    [Fact]
    public async Task The_seeded_payment_plan_passes_the_template_check_against_the_finance_model()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var (_, staff) = await StayHttp.TenantAsync(host);
        var seeded = await staff.TemplateAsync("PaymentPlan");
        var bytes = await staff.GetByteArrayAsync($"/api/v1/documents/templates/{seeded.Id}/versions/1/file");

        var again = await staff.PostAsJsonAsync($"/api/v1/documents/templates/{seeded.Id}/versions", new NewVersionInput("plan.docx", Convert.ToBase64String(bytes)));
        var unknown = await staff.UploadAsync("fout.docx", DocxBuilder.Build("{{ paymentplan.note }} {{ charge.staff_note }}"), "paymentplan");

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await unknown.Content.ReadAsStringAsync();
        problems.ShouldContain("paymentplan.note");
    }

    private static string Euro(decimal amount) => amount.ToString("C", Wmk.Kernel.Localization.WmkCultures.Dutch);

    private static byte[] ChargeTemplate() => DocxBuilder.Build(
        "# Huuroproep",
        DocxBuilder.Split("{{ resident.full_name }}, {{ charge.", "month }}: {{ charge.to", "tal }}"),
        new[] { new[] { "Post", "Bedrag" }, new[] { "{{ for line in charge.lines }}{{ line.name }}", "{{ line.amount }}{{ end }}" } },
        "Op {{ charge.iban }} van {{ charge.beneficiary }} met {{ charge.communication }}, periode {{ charge.from }} tot {{ charge.to }}.");
}
