using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Wmk.Accounts.Features.OAuth.Clients;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wmk.Accounts.Features.OAuth.Authorize;

/// <summary>
/// /connect/authorize after OpenIddict checked the request (PKCE required): without a sign-in cookie it sends the
/// user to the sign-in page of the client's organisation; then it issues the code for the signed-in account, when
/// that account's session is in the client's organisation and its membership there is active.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, ApiClientDirectory clients, AccountGrants grants, ITenantStore tenants, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        var client = await clients.FindAsync(request.ClientId, ct);
        if (client is null)
        {
            return OAuthResults.Refuse(Errors.AccessDenied, "The client belongs to no organisation.");
        }

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OAuthResults.Refuse(Errors.LoginRequired, "The user is not signed in.");
            }

            var tenant = await tenants.FindByIdAsync(client.TenantId, ct);
            return Results.Redirect($"/t/{tenant?.Slug}/account/login?ReturnUrl={Uri.EscapeDataString(await ReturnUrlAsync(http))}");
        }

        var principal = cookie.Principal!;
        var grant = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)
            && principal.FindFirstValue(WmkClaims.Tenant) == client.TenantId.ToString()
                ? await grants.FindAsync(accountId, client.TenantId, ct)
                : null;
        return grant is null
            ? OAuthResults.Refuse(Errors.AccessDenied, "The signed-in account is not in the client's organisation.")
            : OAuthResults.SignIn(TokenPrincipals.ForAccount(grant, request.GetScopes()));
    }

    private static async Task<string> ReturnUrlAsync(HttpContext http)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> parameters = http.Request.HasFormContentType
            ? await http.Request.ReadFormAsync()
            : http.Request.Query;
        var prompt = parameters.Where(p => p.Key != Parameters.Prompt);
        return http.Request.PathBase + http.Request.Path + QueryString.Create(prompt);
    }
}
