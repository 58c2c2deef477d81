namespace Wmk.Accounts;

/// <summary>Permissions of the accounts module.</summary>
public static class AccountsPermissions
{
    /// <summary>Tenant: invite users, manage memberships, roles and grants.</summary>
    public const string ManageUsers = "Accounts.Users.Manage";
}
