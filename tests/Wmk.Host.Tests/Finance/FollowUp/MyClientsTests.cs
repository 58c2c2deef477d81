using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.MyClients;
using Wmk.Guidance.Contracts;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.FollowUp;

/// <summary>The counsellor's view of their own clients' accounts, IResidents' counsellor filter and the timeline entry.</summary>
public sealed class MyClientsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_sees_the_balance_of_their_own_clients_only_and_another_counsellors_client_is_a_404(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, client) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var own = await StayHttp.StartedAsync(host, tenant, staff, "Eigen", counsellor);
        var other = await StayHttp.StartedAsync(host, tenant, staff, "Vreemd", Guid.NewGuid());
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<MonthlyRunHandler>().RunAsync(StayHttp.Today, default));

        var mine = (await client.GetFromJsonAsync<List<ClientRow>>("/api/v1/finance/my-clients"))!;
        var detail = (await client.GetFromJsonAsync<ClientView>($"/api/v1/finance/my-clients/{own.Id}"))!;
        var foreign = await client.GetAsync($"/api/v1/finance/my-clients/{other.Id}");
        var foreignPage = await client.GetAsync($"/finance/my-clients/{other.Id}");
        var staffList = (await staff.GetFromJsonAsync<List<ClientRow>>("/api/v1/finance/my-clients"))!;

        mine.Select(r => r.ResidentId).ShouldBe([own.Id]);
        mine[0].Balance.ShouldBe(54.50m);
        detail.Client.Balance.ShouldBe(54.50m);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreignPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        staffList.Select(r => r.ResidentId).ShouldBe([own.Id, other.Id], ignoreOrder: true);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/finance/my-clients"));
        page.ShouldContain("€ 54,50");
        page.ShouldContain("Eigen");
        page.ShouldNotContain("Vreemd");
        (await client.GetAsync("/api/v1/finance/follow-up")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/finance/payment-plans")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task IResidents_gives_a_counsellor_only_their_own_residents_and_staff_all(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, _) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var own = await StayHttp.StartedAsync(host, tenant, staff, "Mijn", counsellor);
        var other = await StayHttp.StartedAsync(host, tenant, staff, "Andere", Guid.NewGuid());

        var all = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IResidents>().ListAsync(new ResidentQuery()));
        var scoped = await host.InTenantAsync(tenant.Info, async sp =>
        {
            using (((CurrentTenant)sp.GetRequiredService<ICurrentTenant>()).RestrictToCounsellor(counsellor))
            {
                var residents = sp.GetRequiredService<IResidents>();
                return (List: await residents.ListAsync(new ResidentQuery()), Other: await residents.ListAsync(new ResidentQuery(Ids: [other.Id])));
            }
        });

        all.Select(r => r.ResidentId).ShouldBe([own.Id, other.Id], ignoreOrder: true);
        scoped.List.Select(r => r.ResidentId).ShouldBe([own.Id]);
        scoped.List[0].CounsellorAccountId.ShouldBe(counsellor);
        scoped.Other.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_balance_appears_on_the_guidance_timeline_in_belgian_format_only_while_finance_is_on(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Tijdlijn");
        await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<MonthlyRunHandler>().RunAsync(StayHttp.Today, default));

        var file = WebUtility.HtmlDecode(await staff.GetStringAsync($"/guidance/residents/{resident.Id}"));
        file.ShouldContain("Saldo € 54,50, waarvan achterstallig € 0,00");

        var op = await Admin.AdminHttp.OperatorAsync(host);
        (await op.PutAsJsonAsync($"/api/v1/host/tenants/{tenant.Slug}/modules/Finance", new { enabled = false })).IsSuccessStatusCode.ShouldBeTrue();
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/guidance/residents/{resident.Id}")).ShouldNotContain("Saldo €");
    }
}
