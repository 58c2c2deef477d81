namespace Wmk.Accounts.Features.RoleGrants;

/// <summary>A role of the organisation with the permissions it holds.</summary>
internal sealed record RoleView(string Name, string Text, bool IsStatic, IReadOnlyList<string> Grants);

/// <summary>A tenant permission as a checkbox: its module, name, text and whether the role holds it.</summary>
internal sealed record PermissionChoice(string Module, string Name, string Text, bool Granted);

/// <summary>The role's complete new set of permissions.</summary>
internal sealed record RoleGrantsChange(IReadOnlyList<string>? Permissions);
