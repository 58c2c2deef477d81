namespace Wmk.Accounts.Features.SignIn;

/// <summary>Claims the accounts module adds to a session besides the kernel's tenant and role claims.</summary>
internal static class AccountsClaims
{
    /// <summary>How the session was authenticated: "pwd" or "mfa".</summary>
    public const string Method = "amr";

    /// <summary>Present when the organisation requires two-factor sign-in and the account has not set it up: no roles until it has.</summary>
    public const string TwoFactorSetupRequired = "wmk_2fa_setup";

    /// <summary>The tenant setting that makes two-factor sign-in required for staff roles.</summary>
    public const string RequireTwoFactorForStaffSetting = "Accounts.RequireTwoFactorForStaff";
}
