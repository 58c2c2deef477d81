using System.Net;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

/// <summary>
/// Technical managers, housing companies and volunteers work with the same organisation but never see a young
/// person's guidance file: no candidate, resident, note, conversation, task or report (accounts issue: "a technical
/// manager sees units, inspections and meter readings, no guidance notes").
/// </summary>
public sealed class OtherRolesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    public static TheoryData<DatabaseKind, string> Cases()
    {
        var data = new TheoryData<DatabaseKind, string>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.PostgreSql })
        {
            foreach (var role in new[] { WmkRoles.TechnicalManager, WmkRoles.HousingCompany, WmkRoles.Volunteer })
            {
                data.Add(kind, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_partner_role_without_guidance_permissions_reads_nothing_of_a_guidance_file(DatabaseKind kind, string role)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (_, member) = await StayHttp.MemberAsync(host, tenant, role);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Afgeschermd");
        string[] api =
        [
            "/api/v1/guidance/waiting-list", "/api/v1/guidance/residents", $"/api/v1/guidance/residents/{resident.Id}",
            $"/api/v1/guidance/residents/{resident.Id}/notes", $"/api/v1/guidance/residents/{resident.Id}/conversations",
            $"/api/v1/guidance/residents/{resident.Id}/notices", $"/api/v1/guidance/residents/{resident.Id}/exit",
            "/api/v1/guidance/tasks", "/api/v1/guidance/reports/outflow",
        ];

        foreach (var url in api)
        {
            (await staff.GetAsync(url)).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, url);
            (await member.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        var page = await member.GetAsync($"/guidance/residents/{resident.Id}");
        (page.StatusCode != HttpStatusCode.OK || page.RequestMessage!.RequestUri!.AbsolutePath.EndsWith("/account/denied", StringComparison.Ordinal))
            .ShouldBeTrue(page.RequestMessage!.RequestUri!.ToString());
        (await page.Content.ReadAsStringAsync()).ShouldNotContain("Afgeschermd");
    }
}
