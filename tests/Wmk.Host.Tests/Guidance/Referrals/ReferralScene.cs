using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Guidance.Features.Referrals.Refer;
using Wmk.Guidance.Features.Referrals.WaitingList;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Referrals;

/// <summary>A fresh tenant with its coordinator (staff) and two partner counsellors, Anna and Ben, each signed in.</summary>
internal sealed record ReferralScene(WmkTestHost Host, TestTenant Tenant, HttpClient Staff, HttpClient Anna, HttpClient Ben, string AnnaEmail, Guid AnnaId)
{
    public const string AnnaName = "Anna Consulent";

    public static readonly DateOnly Today = new(2026, 11, 26);

    public static async Task<ReferralScene> CreateAsync(WmkTestHost host)
    {
        var tenant = await host.CreateTenantAsync();
        var (anna, ben) = ($"anna-{tenant.Slug}@caw.test", $"ben-{tenant.Slug}@caw.test");
        var annaId = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountProvisioning>();
            await accounts.EnsureMemberAsync(anna, TestTenant.Password, AnnaName, [WmkRoles.PartnerCounsellor]);
            await accounts.EnsureMemberAsync(ben, TestTenant.Password, "Ben Consulent", [WmkRoles.PartnerCounsellor]);
            return (await sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(anna))!.AccountId;
        });
        return new ReferralScene(host, tenant, await AdminHttp.AdminOfAsync(host, tenant),
            await AdminHttp.SignedInAsync(host, anna, tenant.Slug), await AdminHttp.SignedInAsync(host, ben, tenant.Slug), anna, annaId);
    }

    /// <summary>A valid referral: 21 years old, guidance since 01/08/2026, expected start 04/01/2027.</summary>
    public static ReferralInput Referral(string first, string last, DateOnly? birth = null, Guid? partner = null) => new(
        first, last, birth ?? new DateOnly(2005, 5, 5), Gender.Female, partner, "Sara Begeleider", "sara@caw.test", "03 123 45 67", null,
        HousingPreference.Solo, new DateOnly(2026, 8, 1), new DateOnly(2027, 1, 4), "Zoekt rust.");

    public static async Task<ReferralResult> ReferAsync(HttpClient client, ReferralInput input) =>
        await (await client.PostAsJsonAsync("/api/v1/guidance/candidates", input)).ReadAsync<ReferralResult>();

    public static async Task<WaitingListView> WaitingListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<WaitingListView>("/api/v1/guidance/waiting-list"))!;

    public static async Task<WelfarePartnerView> PartnerAsync(HttpClient client, string name, bool priority, int? cap = null) =>
        await (await client.PostAsJsonAsync("/api/v1/guidance/partners", new WelfarePartnerInput(name, priority, cap))).ReadAsync<WelfarePartnerView>();

    /// <summary>The tenant's audit lines about candidates.</summary>
    public Task<List<AuditEntry>> AuditAsync() => Host.InTenantAsync(Tenant.Info, sp =>
        sp.GetRequiredService<KernelDbContext>().AuditEntries.AsNoTracking().Where(a => a.EntityType == "Candidate").ToListAsync());
}
