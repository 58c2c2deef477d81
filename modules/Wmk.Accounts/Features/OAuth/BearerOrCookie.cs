using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>
/// The default scheme: a request with "Authorization: Bearer" is judged by its access token, any other by the
/// Identity cookie, so the same permission policies and tenant checks guard both.
/// </summary>
internal static class BearerOrCookie
{
    public const string Scheme = "Wmk.BearerOrCookie";

    public static AuthenticationBuilder AddBearerOrCookie(this AuthenticationBuilder builder) =>
        builder.AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = SelectScheme);

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
            : IdentityConstants.ApplicationScheme;
}
