namespace Wmk.Accounts.Features.SignIn;

/// <summary>Where the browser goes after a sign-in step (app-relative), or null to stay on the page with a message.</summary>
internal static class SignInRedirects
{
    public static string? For(SignInOutcome outcome, string? returnUrl, Func<string?, bool> isLocal) => outcome switch
    {
        SignInOutcome.Success => isLocal(returnUrl) ? returnUrl! : "~/",
        SignInOutcome.ChooseOrganisation => "~/account/organisations",
        SignInOutcome.SetUpTwoFactor => "~/account/two-factor",
        SignInOutcome.TwoFactorRequired => isLocal(returnUrl) ? "~/account/login-2fa?ReturnUrl=" + Uri.EscapeDataString(returnUrl!) : "~/account/login-2fa",
        _ => null,
    };

    public static string MessageKey(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.LockedOut => "SignIn:LockedOut",
        SignInOutcome.NoMembership => "SignIn:NoMembership",
        SignInOutcome.NotConfirmed => "SignIn:NotConfirmed",
        _ => "SignIn:Failed",
    };
}
