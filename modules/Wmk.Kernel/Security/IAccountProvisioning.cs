namespace Wmk.Kernel.Security;

/// <summary>Creates accounts for operators and seeders; implemented by the accounts module.</summary>
public interface IAccountProvisioning
{
    /// <summary>Ensures a host operator account exists.</summary>
    Task EnsureHostAdminAsync(string email, string password, CancellationToken cancellationToken = default);

    /// <summary>Ensures an account exists and is a member of the current tenant with the given roles.</summary>
    Task EnsureMemberAsync(string email, string password, string displayName, IReadOnlyList<string> roles, CancellationToken cancellationToken = default);
}
