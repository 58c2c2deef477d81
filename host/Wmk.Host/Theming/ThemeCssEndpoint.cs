using Microsoft.Net.Http.Headers;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Host.Theming;

/// <summary>
/// GET /branding/theme.css: the current organisation's colours as CSS variables, so the layout needs no inline
/// style (CSP style-src 'self'). The layout links it with ?v={colour}, so a browser may keep it.
/// </summary>
internal static class ThemeCssEndpoint
{
    public const string Path = "/branding/theme.css";

    public static IEndpointRouteBuilder MapThemeCss(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, IBrandingProvider branding, CancellationToken ct) =>
        {
            var colors = BrandColors.From((await branding.GetAsync(ct)).PrimaryColor);
            context.Response.Headers.CacheControl = "private, max-age=86400";
            context.Response.Headers[HeaderNames.Vary] = HeaderNames.Cookie;
            return Results.Text(colors.ToCss(), "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

}
