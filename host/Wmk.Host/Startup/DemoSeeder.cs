using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Host.Startup;

/// <summary>Seeds the demo organisation with fictional people; safe to run twice.</summary>
internal sealed class DemoSeeder(IServiceScopeFactory scopes, ICurrentTenant currentTenant, Wmk.Kernel.Modularity.TenantSeeder seeder)
{
    public const string Slug = "demo";
    public const string Password = "Demo-Wachtwoord-2026";
    public const string HostAdminEmail = "operator@wmk.example";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> People =
    [
        ("coordinator@demo.wmk.example", "Sara Coördinator", WmkRoles.Coordinator),
        ("medewerker@demo.wmk.example", "Jonas Medewerker", WmkRoles.Staff),
        ("groepswerker@demo.wmk.example", "Leen Groepswerker", WmkRoles.GroupWorker),
        ("financien@demo.wmk.example", "Karim Financiën", WmkRoles.Finance),
        ("begeleider@demo.wmk.example", "An Begeleider (CAW)", WmkRoles.PartnerCounsellor),
        ("technisch@demo.wmk.example", "Tom Technisch Beheer", WmkRoles.TechnicalManager),
        ("woonmaatschappij@demo.wmk.example", "Ines Woonmaatschappij", WmkRoles.HousingCompany),
        ("vrijwilliger@demo.wmk.example", "Pieter Vrijwilliger", WmkRoles.Volunteer),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<IAccountProvisioning>().EnsureHostAdminAsync(HostAdminEmail, Password, ct);
        var store = services.GetRequiredService<ITenantStore>();
        var tenant = await store.FindBySlugAsync(Slug, ct)
            ?? await services.GetRequiredService<ITenantAdministration>().CreateAsync(
                new NewTenantRequest(Slug, "Wonen Met Kansen (demo)", People[0].Email, Password), ct);
        using (currentTenant.Change(tenant))
        {
            foreach (var (email, name, role) in People)
            {
                using var personScope = scopes.CreateScope();
                await personScope.ServiceProvider.GetRequiredService<IAccountProvisioning>()
                    .EnsureMemberAsync(email, Password, name, [role], ct);
            }
        }

        await seeder.SeedAsync(tenant, ct);
        using (currentTenant.Change(tenant))
        {
            using var demoScope = scopes.CreateScope();
            foreach (var contributor in demoScope.ServiceProvider.GetServices<Wmk.Kernel.Modularity.IDemoDataContributor>())
            {
                await contributor.SeedDemoAsync(ct);
            }
        }
    }
}
