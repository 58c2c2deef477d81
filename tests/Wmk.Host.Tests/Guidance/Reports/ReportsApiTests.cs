using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Reports.Caseload;
using Wmk.Guidance.Features.Reports.Occupancy;
using Wmk.Guidance.Features.Reports.Outflow;
using Wmk.Guidance.Features.Reports.Wait;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Reports;

public sealed class ReportsApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private const string Api = "/api/v1/guidance/reports";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Outflow_counts_exits_per_destination_and_brussels_year_and_another_tenants_exits_never_count(DatabaseKind kind)
    {
        var (host, tenant, client) = await StaffAsync(kind);
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            await ReportsSeed.ExitAsync(sp, new(2023, 12, 31), Destination.OwnNetwork);
            await ReportsSeed.ExitAsync(sp, new(2024, 1, 1), Destination.OwnNetwork);
            await ReportsSeed.ExitAsync(sp, new(2023, 6, 1), null);
            await ReportsSeed.StartedAsync(sp, new(2023, 1, 1), new(2023, 3, 1));
        });
        var other = await host.CreateTenantAsync();
        await host.InTenantAsync(other.Info, async sp =>
        {
            await ReportsSeed.ExitAsync(sp, new(2023, 5, 5), Destination.PrivateRental);
            await ReportsSeed.ExitAsync(sp, new(2024, 5, 5), Destination.OwnNetwork);
            await ReportsSeed.StartedAsync(sp, new(2026, 1, 1), new(2026, 2, 1), Guid.NewGuid());
            await ReportsSeed.CandidateAsync(sp, new(2026, 10, 1), CandidateStatus.Waiting);
        });

        var view = (await client.GetFromJsonAsync<OutflowView>($"{Api}/outflow?year=2024&years=2"))!;

        view.Years.ShouldBe([2023, 2024]);
        view.Rows.Single(r => r.Destination == Destination.OwnNetwork).Counts.ShouldBe([1, 1]);
        view.Rows.Single(r => r.Destination == Destination.PrivateRental).Total.ShouldBe(0);
        view.Rows[^1].ShouldSatisfyAllConditions(r => r.Destination.ShouldBeNull(), r => r.Counts.ShouldBe([1, 0]));
        view.Totals.ShouldBe([2, 1]);
        view.Total.ShouldBe(3);
        var wait = (await client.GetFromJsonAsync<WaitView>($"{Api}/wait"))!;
        (wait.Started, wait.Waiting).ShouldBe((0, 0));
        var caseload = (await client.GetFromJsonAsync<CaseloadView>($"{Api}/caseload"))!;
        (caseload.Rows.Count, caseload.Unassigned, caseload.Total).ShouldBe((0, 1, 1));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Wait_gives_mean_and_median_days_to_the_start_and_the_waiting_list_and_caseload_names_the_workers(DatabaseKind kind)
    {
        var (host, tenant, client) = await StaffAsync(kind);
        var admin = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(tenant.AdminEmail));
        var gone = Guid.NewGuid();
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            await ReportsSeed.StartedAsync(sp, new(2026, 1, 1), new(2026, 1, 11), admin!.AccountId);
            await ReportsSeed.StartedAsync(sp, new(2026, 2, 1), new(2026, 2, 22), admin.AccountId);
            await ReportsSeed.StartedAsync(sp, new(2025, 1, 1), new(2025, 12, 31), gone);
            await ReportsSeed.ExitAsync(sp, new(2026, 10, 1), Destination.Hotel);
            await ReportsSeed.CandidateAsync(sp, new(2026, 11, 16), CandidateStatus.Waiting);
            await ReportsSeed.CandidateAsync(sp, new(2026, 11, 6), CandidateStatus.Invited);
            await ReportsSeed.CandidateAsync(sp, new(2026, 1, 6), CandidateStatus.OnHold);
        });

        var wait = (await client.GetFromJsonAsync<WaitView>($"{Api}/wait"))!;
        var older = (await client.GetFromJsonAsync<WaitView>($"{Api}/wait?from=2025-01-01&to=2026-01-31"))!;
        var caseload = (await client.GetFromJsonAsync<CaseloadView>($"{Api}/caseload"))!;

        (wait.From, wait.To, wait.Started, wait.MeanDays, wait.MedianDays).ShouldBe((new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 26), 2, 15.5m, 15.5m));
        (wait.Waiting, wait.MeanDaysWaiting).ShouldBe((2, 15.0m));
        (older.Started, older.MeanDays, older.MedianDays).ShouldBe((3, 134.7m, 30m));
        caseload.Rows.Select(r => (r.AccountId, r.Name, r.Residents))
            .ShouldBe([(admin!.AccountId, admin.DisplayName ?? admin.Email, 2), (gone, "Voormalige medewerker", 1)]);
        (caseload.Unassigned, caseload.Total).ShouldBe((0, 3));
        (await client.GetStringAsync("/guidance/reports/wait")).ShouldContain("15,5");
        (await client.GetStringAsync("/guidance/reports/caseload")).ShouldContain("Voormalige medewerker");
        (await client.GetStringAsync("/guidance/reports")).ShouldContain("href=\"/guidance/reports/wait\"");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Occupancy_divides_resident_days_by_available_place_days_per_month_up_to_today(DatabaseKind kind)
    {
        var (host, tenant, client) = await StaffAsync(kind);
        await host.InTenantAsync(tenant.Info, HousingSeed.ContractAsync);

        var view = (await client.GetFromJsonAsync<OccupancyView>($"{Api}/occupancy?year=2026"))!;

        view.CountedUntil.ShouldBe(new DateOnly(2026, 11, 26));
        view.Months[10].ShouldBe(new OccupancyMonth(11, 1, 26, 3.8m));
        view.Months[4].ShouldBe(new OccupancyMonth(5, 0, 6, 0.0m));
        view.Months[11].ShouldBe(new OccupancyMonth(12, 0, 0, null));
        view.Total.ShouldBe(new OccupancyMonth(0, 1, 185, 0.5m));
        (await client.GetStringAsync("/guidance/reports/occupancy?year=2026")).ShouldContain("3,8");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Csv_exports_have_a_bom_semicolons_and_a_decimal_comma_without_names_and_are_audited(DatabaseKind kind)
    {
        var (host, tenant, client) = await StaffAsync(kind);
        await host.InTenantAsync(tenant.Info, async sp =>
        {
            await ReportsSeed.ExitAsync(sp, new(2023, 4, 1), Destination.OwnNetwork);
            await ReportsSeed.StartedAsync(sp, new(2026, 1, 1), new(2026, 1, 11));
            await ReportsSeed.StartedAsync(sp, new(2026, 2, 1), new(2026, 2, 22));
            await HousingSeed.ContractAsync(sp);
        });

        var outflow = await client.GetAsync($"{Api}/outflow.csv?year=2023");
        var occupancy = await client.GetAsync($"{Api}/occupancy.csv?year=2026");
        var wait = await client.GetAsync($"{Api}/wait.csv");
        var caseload = await client.GetAsync($"{Api}/caseload.csv");

        outflow.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        outflow.Content.Headers.ContentDisposition!.FileName.ShouldBe("uitstroom-2023.csv");
        var bytes = await outflow.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        lines[0].ShouldBe("Bestemming;2023");
        lines.ShouldContain("Eigen netwerk (familie, vrienden);1");
        lines.ShouldContain("Totaal;1");
        var occupancyText = await occupancy.Content.ReadAsStringAsync();
        occupancyText.ShouldContain("november;1;26;3,8");
        occupancyText.ShouldContain("Totaal;1;185;0,5");
        (await wait.Content.ReadAsStringAsync()).ShouldContain("Gemiddeld aantal dagen van aanmelding tot start;15,5");
        (await caseload.Content.ReadAsStringAsync()).ShouldContain("Niet toegewezen;2");
        foreach (var response in new[] { outflow, occupancy, wait, caseload })
        {
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(ReportsSeed.SecretName);
        }

        var exports = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.Action == AuditAction.Export).ToListAsync());
        exports.Select(a => a.EntityId).ShouldBe(["Outflow", "Occupancy", "Wait", "Caseload"], ignoreOrder: true);
        exports.ShouldAllBe(a => a.EntityType == "GuidanceReport" && a.UserId != null);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_partner_counsellor_gets_403_on_every_report_and_export(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var email = $"begeleider@{tenant.Slug}.test";
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IAccountProvisioning>()
            .EnsureMemberAsync(email, TestTenant.Password, "Begeleider", [WmkRoles.PartnerCounsellor]));
        var client = await AdminHttp.SignedInAsync(host, email, tenant.Slug);

        foreach (var report in new[] { "outflow", "occupancy", "wait", "caseload" })
        {
            (await client.GetAsync($"{Api}/{report}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"{Api}/{report}.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            await DeniedPageAsync(client, $"/guidance/reports/{report}");
        }

        await DeniedPageAsync(client, "/guidance/reports");
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().Set<AuditEntry>()
            .CountAsync(a => a.Action == AuditAction.Export))).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_bad_year_or_period_gets_a_dutch_400_on_the_api_and_a_message_on_the_page(DatabaseKind kind)
    {
        var (_, _, client) = await StaffAsync(kind);

        var year = await client.GetAsync($"{Api}/outflow?year=1999&years=11");
        var period = await client.GetAsync($"{Api}/wait.csv?from=2026-05-01&to=2026-04-01");

        year.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await year.Content.ReadAsStringAsync();
        text.ShouldContain("Het jaar 1999 kan niet: kies een jaar van 2000 tot 2027.");
        text.ShouldContain("Kies 1 tot 10 jaren.");
        period.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await period.Content.ReadAsStringAsync()).ShouldContain("De periode van 01/05/2026 tot 01/04/2026 kan niet");
        (await client.GetStringAsync("/guidance/reports/occupancy?year=3000")).ShouldContain("Het jaar 3000 kan niet");
    }

    private static async Task DeniedPageAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    private async Task<(WmkTestHost Host, TestTenant Tenant, HttpClient Client)> StaffAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        return (host, tenant, await AdminHttp.AdminOfAsync(host, tenant));
    }
}
