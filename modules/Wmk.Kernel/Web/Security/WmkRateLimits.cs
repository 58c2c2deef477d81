namespace Wmk.Kernel.Web.Security;

/// <summary>
/// Named rate-limit policies for the pages that attackers hammer; use with
/// <c>[EnableRateLimiting(WmkRateLimits.SignIn)]</c> on a page model or <c>.RequireRateLimiting(...)</c> on an
/// endpoint. Each is a fixed window per client IP address that counts only state-changing requests (a GET of the form
/// is free). Limits come from configuration: <c>RateLimits:{Policy}:PermitLimit</c> and <c>RateLimits:{Policy}:Window</c>.
/// </summary>
public static class WmkRateLimits
{
    /// <summary>Password sign-in and the two-factor step: 10 a minute by default.</summary>
    public const string SignIn = "signin";

    /// <summary>Requests for a password reset e-mail: 5 a minute by default.</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>Sign-up forms (volunteers): 5 a minute by default.</summary>
    public const string SignUp = "signup";

    internal static readonly IReadOnlyDictionary<string, int> DefaultPermits = new Dictionary<string, int>
    {
        [SignIn] = 10,
        [PasswordReset] = 5,
        [SignUp] = 5,
    };

    /// <summary>The configuration section of a policy ("SignIn", "PasswordReset", "SignUp").</summary>
    internal static string Section(string policy) => policy switch
    {
        SignIn => "SignIn",
        PasswordReset => "PasswordReset",
        _ => "SignUp",
    };
}
