using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>
/// The session cookie lives 60 minutes after the last request (sliding) and never more than 12 hours after the
/// password sign-in. The sign-in moment is kept in the ticket's properties, which survive sliding renewals and the
/// security-stamp refresh (IssuedUtc does not: renewals reset it). A new sign-in of the same account while its
/// session is still valid (e.g. switching organisation) keeps the original moment.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(60);

    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    internal const string SignedInAtKey = ".wmk.signed_in_at";

    public static async Task StampAsync(CookieSigningInContext context)
    {
        if (context.Properties.Items.ContainsKey(SignedInAtKey))
        {
            return;
        }

        var current = await context.HttpContext.AuthenticateAsync(context.Scheme.Name);
        var sameAccount = current.Succeeded && AccountId(current.Principal) is { } id && id == AccountId(context.Principal);
        context.Properties.Items[SignedInAtKey] = sameAccount && current.Properties!.Items.TryGetValue(SignedInAtKey, out var earlier)
            ? earlier
            : Now(context.Options).ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>Rejects (and signs out) a session older than <see cref="Absolute"/> or without a sign-in moment.</summary>
    public static async Task<bool> ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Properties.Items.TryGetValue(SignedInAtKey, out var stamp)
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            && Now(context.Options) - signedInAt < Absolute)
        {
            return true;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
        return false;
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    private static string? AccountId(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);
}
