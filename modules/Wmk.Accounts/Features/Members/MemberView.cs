namespace Wmk.Accounts.Features.Members;

/// <summary>A member of the current organisation as its administrators see it.</summary>
internal sealed record MemberView(Guid Id, Guid AccountId, string? DisplayName, string? Email, IReadOnlyList<string> Roles, bool IsActive);

/// <summary>Adds an existing account (by e-mail) or a new one (then with a password) to the organisation.</summary>
internal sealed record AddMemberRequest(string Email, string? DisplayName, string? Password, IReadOnlyList<string>? Roles);

/// <summary>The member's complete new set of roles.</summary>
internal sealed record MemberRolesChange(IReadOnlyList<string>? Roles);
