using Wmk.Kernel.Errors;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.CreateAccount;

internal sealed class AccountProvisioning(AccountFactory accounts, MembershipWriter memberships, ICurrentTenant tenant)
    : IAccountProvisioning
{
    public async Task EnsureHostAdminAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        await ThrowIfInvalidAsync(email, password);
        await accounts.FindOrCreateAsync(email, password, hostAdmin: true);
    }

    public async Task EnsureMemberAsync(string email, string password, string displayName, IReadOnlyList<string> roles,
        CancellationToken cancellationToken = default)
    {
        tenant.GetRequiredId();
        await ThrowIfInvalidAsync(email, password);
        var account = await accounts.FindOrCreateAsync(email, password, displayName: displayName);
        await memberships.EnsureAsync(account.Id, roles, cancellationToken);
    }

    private async Task ThrowIfInvalidAsync(string email, string password)
    {
        var errors = await accounts.ValidateNewAsync(email, password);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }
    }
}
