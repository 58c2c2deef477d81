using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>
/// The authentication middleware offers every request to each scheme that handles requests itself. OpenIddict's server
/// scheme is offered only the OAuth paths (/connect/..., /.well-known/..., also under /t/{slug}), its validation scheme
/// those and any request with an Authorization header (a bearer token on /api). On any other request both would only
/// find that it is not theirs — after building their options, which loads the server's keys from the database, so a
/// page request (the first page after start-up among them) would pay for that.
/// </summary>
internal sealed class OAuthRequestSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor http)
    : AuthenticationSchemeProvider(options)
{
    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        if (http.HttpContext?.Request is not { } request)
        {
            return schemes;
        }

        var oauthPath = IsOAuthPath(request.Path);
        var carriesToken = request.Headers.ContainsKey(HeaderNames.Authorization);
        return schemes.Where(s => s.Name switch
        {
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme => oauthPath,
            OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme => oauthPath || carriesToken,
            _ => true,
        });
    }

    internal static bool IsOAuthPath(PathString path)
    {
        // Authentication runs before tenant resolution: the /t/{slug} prefix is still on the path.
        TenantPath.TrySplit(path, out _, out path);
        return path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);
    }
}
