namespace Wmk.Finance;

/// <summary>Permissions of the finance module (default grants in <c>FinanceModule</c>).</summary>
public static class FinancePermissions
{
    /// <summary>See rent tables, quotes, charges and rent calls.</summary>
    public const string View = "Finance.View";

    /// <summary>Keep rent tables and the bank account, run the monthly charges.</summary>
    public const string Manage = "Finance.Manage";

    /// <summary>See the balance and follow-up state of the residents the user may see (a partner counsellor: only their own clients).</summary>
    public const string ViewOwnClients = "Finance.ViewOwnClients";
}
