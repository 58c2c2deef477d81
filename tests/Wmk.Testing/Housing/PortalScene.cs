using Microsoft.Extensions.DependencyInjection;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Units;
using Wmk.Kernel.Security;

namespace Wmk.Testing.Housing;

/// <summary>
/// Two housing companies (X, Y) with one technical manager each, one let unit per company, a housing-company member
/// linked to X and a technical-manager member (linked to X's manager unless told otherwise).
/// </summary>
public sealed record PortalScene(TestTenant Tenant, string CompanyUser, string ManagerUser, Guid ManagerOfX, Guid UnitX, Guid UnitY)
{
    public const string CompanyX = "Woonhaven X";
    public const string CompanyY = "Woonpunt Y";
    public const string AddressX = "Xaveriusstraat 1";
    public const string AddressY = "Ypresstraat 2";
    public const string ResidentX = "Xena Bewoner";
    public const string ResidentY = "Yusuf Bewoner";

    public static async Task<PortalScene> CreateAsync(WmkTestHost host, bool linkManager = true)
    {
        var tenant = await host.CreateTenantAsync();
        var id = Guid.NewGuid().ToString("N")[..8];
        var (companyUser, managerUser) = ($"woonhaven-{id}@portaal.test", $"beheer-{id}@portaal.test");
        return await host.InTenantAsync(tenant.Info, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountProvisioning>();
            await accounts.EnsureMemberAsync(companyUser, TestTenant.Password, "Woonhaven Portaal", [WmkRoles.HousingCompany]);
            await accounts.EnsureMemberAsync(managerUser, TestTenant.Password, "Beheer Portaal", [WmkRoles.TechnicalManager]);
            var (companyX, managerX, unitX) = await CompanyAsync(sp, CompanyX, AddressX, ResidentX);
            var (_, _, unitY) = await CompanyAsync(sp, CompanyY, AddressY, ResidentY);
            var links = sp.GetRequiredService<PartnerUsersHandler>();
            await links.AddAsync(companyX, new PartnerUserInput(companyUser), default);
            if (linkManager)
            {
                await links.AddAsync(managerX, new PartnerUserInput(managerUser), default);
            }

            return new PortalScene(tenant, companyUser, managerUser, managerX, unitX, unitY);
        });
    }

    private static async Task<(Guid Company, Guid Manager, Guid Unit)> CompanyAsync(IServiceProvider sp, string name, string address, string resident)
    {
        var partners = sp.GetRequiredService<PartnersHandler>();
        var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, name, 1000, null, null, null), default);
        var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "Beheer " + name, null, null, null, null), default);
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var unit = await sp.GetRequiredService<UnitsHandler>().AddAsync(new UnitInput(
            address, "Merksem", company.Id, manager.Id, 110m, 1, 1, false, true, EnergyContract.ResidentName, EnergyContract.Forfait, 65m,
            today.AddMonths(-6), today.AddMonths(18), AvailabilityEndReason.Renovation, LettingCategory.AvoidingVacancy, false, false, false,
            today.AddYears(-1), today.AddYears(9), today.AddYears(-1), today.AddYears(4)), default);
        await sp.GetRequiredService<ContractsHandler>().StartAsync(new StartContractInput(unit.Id, null, null, resident, today, null), default);
        return (company.Id, manager.Id, unit.Id);
    }
}
