using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.OAuth.Clients.CreateClient;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Emailing;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Templating;

namespace Wmk.Host.Tests.Isolation;

/// <summary>Every tenant-owned entity of every module; a new entity adds its line here (a test fails until it does).</summary>
public static class IsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(KernelDbContext), typeof(TenantValue),
            sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync(EmailSettingNames.FromName, "Isolatie")),
        new(typeof(KernelDbContext), typeof(PermissionGrant)),
        new(typeof(KernelDbContext), typeof(OutboxMessage),
            sp => sp.GetRequiredService<IOutbox>().EnqueueAsync("test.isolation", new { Value = 1 })),
        new(typeof(KernelDbContext), typeof(AuditEntry),
            sp => sp.GetRequiredService<IAuditLog>().RecordAsync(AuditAction.Read, "Resident", "r-1")),
        new(typeof(KernelDbContext), typeof(TextTemplateOverride), async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            db.TextTemplateOverrides.Add(new TextTemplateOverride { Name = "Isolation.Body", Content = "Hallo" });
            await db.SaveChangesAsync();
        }),
        new(typeof(AccountsDbContext), typeof(Membership)),
        new(typeof(AccountsDbContext), typeof(MembershipRole)),
        new(typeof(AccountsDbContext), typeof(TenantRole)),
        new(typeof(AccountsDbContext), typeof(ApiClient), sp => sp.GetRequiredService<CreateClientHandler>().HandleAsync(
            new CreateClientRequest("iso-" + Guid.NewGuid().ToString("N")[..12], CreateClientHandler.NewSecret(), "coordinator", []),
            CancellationToken.None)),
        new(typeof(AccountsDbContext), typeof(Invitation), async sp =>
        {
            var db = sp.GetRequiredService<AccountsDbContext>();
            db.Invitations.Add(new Invitation
            {
                Email = "isolatie@leden.test", Roles = "staff", TokenHash = Guid.NewGuid().ToString("N"), ExpiresAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }),
        new(typeof(HousingDbContext), typeof(Partner), sp => HousingSeed.PartnersAsync(sp)),
        new(typeof(HousingDbContext), typeof(Unit), sp => HousingSeed.UnitAsync(sp)),
        new(typeof(HousingDbContext), typeof(OccupancyContract), sp => HousingSeed.ContractAsync(sp)),
        new(typeof(HousingDbContext), typeof(PartnerUser), async sp =>
        {
            var (company, _) = await HousingSeed.PartnersAsync(sp);
            var db = sp.GetRequiredService<HousingDbContext>();
            db.PartnerUsers.Add(new PartnerUser { PartnerId = company, AccountId = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }),
        new(typeof(HousingDbContext), typeof(Inspection), sp => HousingSeed.InspectionAsync(sp)),
        new(typeof(HousingDbContext), typeof(MeterReading), sp => HousingSeed.ReadingAsync(sp)),
        new(typeof(HousingDbContext), typeof(KeyIncident), sp => HousingSeed.KeyIncidentAsync(sp)),
        new(typeof(HousingDbContext), typeof(NeighbourContact), sp => HousingSeed.NeighbourContactAsync(sp)),
        .. GuidanceIsolationCases.Core,
        .. GuidanceReferralsIsolationCases.All,
        .. GuidanceIntakeIsolationCases.All,
        .. GuidanceStayIsolationCases.All,
        .. GuidanceEndingIsolationCases.All,
        .. FinanceIsolationCases.All,
        .. GroupMeetingsIsolationCases.All,
        .. VolunteersIsolationCases.All,
        .. DocumentsIsolationCases.All,
        .. FinanceEnergyIsolationCases.All,
    ];

    public static TheoryData<IsolationCase> Data()
    {
        var data = new TheoryData<IsolationCase>();
        foreach (var c in All)
        {
            data.Add(c);
        }

        return data;
    }
}
