namespace Wmk.Kernel.MultiTenancy;

/// <summary>
/// Checks that an account still holds an active membership in a tenant, or that an API client (whose token carries
/// the client's id as subject) still exists in it; implemented by the accounts module.
/// </summary>
public interface ITenantMembershipValidator
{
    /// <summary>True when the account is an active member of the tenant.</summary>
    Task<bool> IsMemberAsync(Guid accountId, Guid tenantId, CancellationToken cancellationToken = default);
}
