namespace Wmk.Kernel.Authorization;

/// <summary>Answers whether the current user holds a permission in the current tenant (or on the host side).</summary>
public interface IPermissionChecker
{
    /// <summary>True when granted.</summary>
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);
}

/// <summary>Reads and changes which roles of the current tenant hold which permissions.</summary>
public interface IPermissionGrantManager
{
    /// <summary>The permissions granted to a role.</summary>
    Task<IReadOnlySet<string>> GetGrantsAsync(string roleName, CancellationToken cancellationToken = default);

    /// <summary>Replaces a role's grants; unknown or host-side permissions are refused.</summary>
    Task SetGrantsAsync(string roleName, IEnumerable<string> permissions, CancellationToken cancellationToken = default);
}
