using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>JSON API calls get a status code instead of a redirect to the sign-in page.</summary>
internal static class ApiAwareRedirect
{
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> Status(int status) => ctx =>
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    };
}
