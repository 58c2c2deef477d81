namespace Wmk.Kernel.Security;

/// <summary>An active member of the current tenant as other modules may see it: account, e-mail, name and roles.</summary>
public sealed record MemberInfo(Guid AccountId, string Email, string? DisplayName, IReadOnlyList<string> Roles);

/// <summary>Finds active members of the current tenant (for linking them to module records); implemented by the accounts module.</summary>
public interface IMemberDirectory
{
    /// <summary>The active member with this e-mail in the current tenant, or null (unknown account or no active membership).</summary>
    Task<MemberInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The active members of the current tenant among these accounts.</summary>
    Task<IReadOnlyList<MemberInfo>> FindByIdsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken = default);
}
