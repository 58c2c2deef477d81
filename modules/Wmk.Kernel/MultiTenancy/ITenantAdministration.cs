namespace Wmk.Kernel.MultiTenancy;

/// <summary>A tenant as the operator sees it.</summary>
public sealed record TenantSummary(Guid Id, string Slug, string Name, bool IsActive, bool HasOwnDatabase, DateTimeOffset CreatedAt);

/// <summary>A module's state for one tenant.</summary>
public sealed record TenantModuleState(string Name, bool Enabled, bool CanBeDisabled);

/// <summary>The operator's use cases on tenants (CLI verbs and host pages); implemented by the tenancy module.</summary>
public interface ITenantAdministration
{
    /// <summary>Creates a tenant with its first coordinator; throws <c>InvalidRequestException</c> listing every problem, writing nothing.</summary>
    Task<TenantInfo> CreateAsync(NewTenantRequest request, CancellationToken cancellationToken = default);

    /// <summary>All tenants.</summary>
    Task<IReadOnlyList<TenantSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Disables or re-enables a tenant by slug.</summary>
    Task<TenantInfo> SetActiveAsync(string slug, bool active, CancellationToken cancellationToken = default);

    /// <summary>The modules and their state for a tenant.</summary>
    Task<IReadOnlyList<TenantModuleState>> ListModulesAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Switches a module on or off for a tenant.</summary>
    Task SetModuleAsync(string slug, string moduleName, bool enabled, CancellationToken cancellationToken = default);
}
