using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.CreateAccount;
using Wmk.Accounts.Features.OAuth;
using Wmk.Accounts.Features.OAuth.Clients;
using Wmk.Accounts.Features.OAuth.Me;
using Wmk.Accounts.Features.Seeding;
using Wmk.Accounts.Features.SignIn;
using Wmk.Kernel.Data;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Navigation;
using Wmk.Kernel.Security;

namespace Wmk.Accounts;

/// <summary>Global accounts, memberships per organisation, roles and sign-in.</summary>
public sealed class AccountsModule : WmkModule
{
    public override string Name => "Accounts";

    public override bool CanBeDisabled => false;

    public override Type? ResourceType => typeof(AccountsResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<AccountsDbContext, AccountsSqliteDbContext, AccountsPostgreSqlDbContext>(hostDatabase: true);
        services.AddAuthentication(BearerOrCookie.Scheme).AddBearerOrCookie().AddIdentityCookies();
        services.AddWmkOAuth(configuration);
        services.AddIdentityCore<Account>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddUserStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserOnlyStore<Account, AccountsDbContext, Guid>>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "wmk.auth";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
            o.ExpireTimeSpan = SessionLifetime.Idle;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ApiAwareRedirect.Status(401);
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirect.Status(403);
            o.Events.OnSigningIn = SessionLifetime.StampAsync;
            var securityStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                if (await SessionLifetime.ValidateAsync(ctx))
                {
                    await securityStamp(ctx);
                }
            };
        });
        services.AddScoped<ITenantMembershipValidator, MembershipValidator>();
        services.AddScoped<AccountFactory>();
        services.AddScoped<MembershipWriter>();
        services.AddScoped<ITenantCreationContributor, TenantAdminContributor>();
        services.AddScoped<DefaultRolesSeeder>();
        services.AddSignInFeatures();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddScoped<Features.Members.MemberRoles>();
        services.AddScoped<IMemberDirectory, Features.Members.MemberDirectory>();
        services.AddScoped<IMemberInvitations, Features.Invitations.MemberInvitations>();
        services.AddScoped<Features.Members.UserManagersGuard>();
        services.AddScoped<Features.ListMembers.ListMembersHandler>();
        services.AddScoped<Features.AddMember.AddMemberHandler>();
        services.AddScoped<Features.ChangeMemberRoles.ChangeMemberRolesHandler>();
        services.AddScoped<Features.DeactivateMember.DeactivateMemberHandler>();
        services.AddScoped<Features.RoleGrants.RoleGrantsHandler>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(AccountsPermissions.ManageUsers);
        definitions.Setting(AccountsClaims.RequireTwoFactorForStaffSetting, "false");
        definitions.MenuItem("Menu:Users", "/admin/users", AccountsPermissions.ManageUsers, 20, MenuArea.TenantAdmin);
        definitions.MenuItem("Menu:Roles", "/admin/roles", AccountsPermissions.ManageUsers, 25, MenuArea.TenantAdmin);
        definitions.MenuItem("Menu:Clients", "/admin/clients", AccountsPermissions.ManageUsers, 27, MenuArea.TenantAdmin);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        Features.Members.MembersEndpoints.MapAccountsAdmin(api);
        MeEndpoint.Map(api);
        ClientsApi.Map(api);
    }

    public override void MapRoutes(IEndpointRouteBuilder endpoints) => OAuthRoutes.Map(endpoints);

    public override Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DefaultRolesSeeder>().SeedAsync(cancellationToken);
}
