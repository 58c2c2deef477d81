using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Wmk.Host.Startup;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Web.Security;

namespace Wmk.Host.Culture;

/// <summary>
/// POST /culture (the theme's language switch, a form with antiforgery token): stores the language in the culture
/// cookie and, for a signed-in member of an organisation, in the user's Ui.Culture setting; then goes back to the
/// local return URL (anything else goes home).
/// </summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context,
            ICurrentUser user, ICurrentTenant tenant, IValueManager values, IHostEnvironment environment, IConfiguration configuration, CancellationToken ct) =>
        {
            var chosen = WmkCultures.Supported.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)), new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = SecureCookies.PolicyFor(environment, configuration) == CookieSecurePolicy.Always || context.Request.IsHttps,
                });
            if (user.IsAuthenticated && user.Id is { } id && tenant.IsAvailable)
            {
                await values.SetUserValueAsync(id, CoreModule.UiCulture, chosen.Name, ct);
            }

            return Results.Redirect(IsLocal(returnUrl) ? context.Request.PathBase + returnUrl : context.Request.PathBase + "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A path on this site: "/x" but not "//host" or "/\host".</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal) && !url.Any(char.IsControl);
}
