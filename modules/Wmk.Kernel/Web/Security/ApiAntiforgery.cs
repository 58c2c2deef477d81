using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Localization;

namespace Wmk.Kernel.Web.Security;

/// <summary>
/// Endpoint filter on the /api/v1 group: a state-changing request that a cookie scheme authenticates must carry a
/// valid antiforgery token (header <c>RequestVerificationToken</c>, which the theme gives htmx). A request that no
/// cookie authenticates (a bearer token, an anonymous call) has nothing a forged cross-site request could ride on.
/// </summary>
internal static class ApiAntiforgery
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (IsSafe(context.Request.Method) || !await IsCookieAuthenticatedAsync(context))
        {
            return await next(invocation);
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            var texts = context.RequestServices.GetRequiredService<IStringLocalizer<KernelResource>>();
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: texts["Error:Antiforgery"]);
        }

        return await next(invocation);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static async Task<bool> IsCookieAuthenticatedAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        foreach (var scheme in await schemes.GetAllSchemesAsync())
        {
            if (typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType)
                && (await context.AuthenticateAsync(scheme.Name)).Succeeded)
            {
                return true;
            }
        }

        return false;
    }
}
