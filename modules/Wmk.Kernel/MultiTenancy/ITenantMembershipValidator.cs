namespace Wmk.Kernel.MultiTenancy;

/// <summary>Checks that an account still holds an active membership in a tenant; implemented by the accounts module.</summary>
public interface ITenantMembershipValidator
{
    /// <summary>True when the account is an active member of the tenant.</summary>
    Task<bool> IsMemberAsync(Guid accountId, Guid tenantId, CancellationToken cancellationToken = default);
}
