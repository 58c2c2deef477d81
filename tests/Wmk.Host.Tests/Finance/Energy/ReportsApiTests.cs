using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Extras;
using Wmk.Finance.Features.Reports;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.Energy;

/// <summary>
/// One solo contract from 26/11/2026 (unit fee to the technical manager € 110 a month, available since May), the
/// November charge (€ 54,50 for 5 days), a key (€ 25) and a matched payment of € 20 on 28/11.
/// </summary>
public sealed class ReportsApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_reports_age_the_arrears_compare_collected_with_charged_and_show_the_payables(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            var extra = await EnergySeed.ExtraChargeAsync(sp);
            await sp.GetRequiredService<MonthlyRunHandler>().RunAsync(HousingSeed.Today, default);
            var db = sp.GetRequiredService<FinanceDbContext>();
            db.Payments.Add(new Payment
            {
                BookedOn = new DateOnly(2026, 11, 28), Amount = 20m, Source = PaymentSource.Manual, Status = PaymentStatus.Matched,
                ContractId = extra.ContractId, ResidentId = extra.ResidentId, CounterpartyName = "Bewoner Test",
            });
            await db.SaveChangesAsync();
        });
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var young = (await client.GetFromJsonAsync<ArrearsReport>("/api/v1/finance/reports/arrears?asOf=2026-12-26"))!;
        var older = (await client.GetFromJsonAsync<ArrearsReport>("/api/v1/finance/reports/arrears?asOf=2026-12-27"))!;
        var notDue = (await client.GetFromJsonAsync<ArrearsReport>("/api/v1/finance/reports/arrears?asOf=2026-11-26"))!;
        var collected = (await client.GetFromJsonAsync<CollectedReport>("/api/v1/finance/reports/collected?from=2026-11-01&to=2026-12-31"))!;
        var units = (await client.GetFromJsonAsync<UnitIncomeReport>("/api/v1/finance/reports/units?from=2026-11-01&to=2026-11-30"))!;
        var payables = (await client.GetFromJsonAsync<PayablesReport>("/api/v1/finance/reports/payables?from=2026-11-01&to=2026-11-30"))!;

        young.Rows.Single().Buckets.ShouldBe([59.50m, 0m, 0m, 0m]);
        older.Rows.Single().Buckets.ShouldBe([0m, 59.50m, 0m, 0m]);
        older.Total.ShouldBe(59.50m);
        notDue.Rows.ShouldBeEmpty();
        collected.Months.Select(m => (m.Charged, m.Collected)).ShouldBe([(79.50m, 20m), (0m, 0m)]);
        units.Units.Single().Charged.ShouldBe(54.50m);
        units.Units.Single().Cost.ShouldBe(110m);
        units.Result.ShouldBe(-55.50m);
        var fee = payables.Fees.Single();
        (fee.AvailableDays, fee.VacantDays, fee.Fee).ShouldBe((30, 25, 110m));
        payables.Solidarity.Single().Charged.ShouldBe(8.33m);
        payables.SolidarityCollected.ShouldBeInRange(0m, 8.33m);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_report_downloads_as_an_audited_csv_with_a_bom_semicolons_and_decimal_commas(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var response = await client.GetAsync("/api/v1/finance/reports/payables.csv?from=2026-11-01&to=2026-11-30");
        var tooLong = await client.GetAsync("/api/v1/finance/reports/collected?from=2023-01-01&to=2026-11-30");
        var reversed = await client.GetAsync("/api/v1/finance/reports/units.csv?from=2026-11-01&to=2026-10-01");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("te-betalen-2026-11_2026-11.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldStartWith("Maand;Woning;Beschikbare dagen;Leegstaande dagen;Vergoeding\r\n");
        text.ShouldContain("11/2026;Kerkstraat 1;30;25;110,00");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("Een rapport beslaat hoogstens 36 maanden.");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().AuditEntries
            .CountAsync(a => a.EntityType == "FinanceReport" && a.Action == Wmk.Kernel.Auditing.AuditAction.Export))).ShouldBe(1);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/finance/reports?from=2026-11-01&to=2026-11-30"));
        page.ShouldContain("€ 110,00");
        page.ShouldContain("Achterstallen naar ouderdom");
    }
}
