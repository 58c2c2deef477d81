namespace Wmk.Accounts;

/// <summary>Marker for the accounts module's texts.</summary>
public sealed class AccountsResource;
