using System.Data.Common;
using Wmk.Accounts.Data;
using Wmk.Kernel.Data;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.CreateAccount;

/// <summary>Gives a new tenant its first coordinator (a new or existing global account).</summary>
internal sealed class TenantAdminContributor(
    AccountFactory accounts, MembershipWriter memberships, AccountsDbContext db, ICurrentTenant currentTenant)
    : ITenantCreationContributor
{
    public Task<IReadOnlyList<string>> ValidateAsync(NewTenantRequest request, CancellationToken cancellationToken) =>
        accounts.ValidateNewAsync(request.AdminEmail, request.AdminPassword);

    public async Task OnCreatedAsync(TenantInfo tenant, NewTenantRequest request, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await db.EnlistAsync(transaction, cancellationToken);
        var account = await accounts.FindOrCreateAsync(request.AdminEmail, request.AdminPassword);
        using (currentTenant.Change(tenant))
        {
            await memberships.EnsureAsync(account.Id, [WmkRoles.Coordinator], cancellationToken);
        }
    }
}
