using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

/// <summary>A tenant with a signed-in coordinator, members of other roles, and starts through the API.</summary>
internal static class StayHttp
{
    /// <summary>The test clock's day.</summary>
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static async Task<(TestTenant Tenant, HttpClient Staff)> TenantAsync(WmkTestHost host)
    {
        var tenant = await host.CreateTenantAsync();
        return (tenant, await AdminHttp.AdminOfAsync(host, tenant));
    }

    /// <summary>A new member with one role, signed in.</summary>
    public static async Task<(Guid Id, HttpClient Client)> MemberAsync(WmkTestHost host, TestTenant tenant, string role)
    {
        var email = $"{role}-{Guid.NewGuid().ToString("N")[..8]}@verblijf.test";
        var id = await host.InTenantAsync(tenant.Info, async sp =>
        {
            await sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, "Lid " + role, [role]);
            return (await sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(email))!.AccountId;
        });
        return (id, await AdminHttp.SignedInAsync(host, email, tenant.Slug));
    }

    public static Task<T> InAsync<T>(this WmkTestHost host, TestTenant tenant, Func<IServiceProvider, Task<T>> work) => host.InTenantAsync(tenant.Info, work);

    public static Task<HttpResponseMessage> PostStartAsync(this HttpClient staff, Guid candidate, Guid unit, DateOnly on, int place = 1) =>
        staff.PostAsJsonAsync("/api/v1/guidance/residents", new StartResidentInput(candidate, unit, place, on));

    /// <summary>Starts an accepted candidate (of <paramref name="counsellor"/>) on a new unit through the API.</summary>
    public static async Task<StartedResident> StartedAsync(
        WmkTestHost host, TestTenant tenant, HttpClient staff, string name, Guid? counsellor = null, DateOnly? on = null)
    {
        var (candidate, unit) = await host.InAsync(tenant, async sp =>
            (await StaySeed.AcceptedCandidateAsync(sp, name, counsellor), await StaySeed.UnitAsync(sp, "Lange Lozanastraat " + name)));
        return await (await staff.PostStartAsync(candidate, unit, on ?? Today)).ReadAsync<StartedResident>();
    }
}
