using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Accounts.Features.OAuth.Authorize;
using Wmk.Accounts.Features.OAuth.Logout;
using Wmk.Accounts.Features.OAuth.Token;
using Wmk.Accounts.Features.OAuth.UserInfo;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>The protocol endpoints OpenIddict passes through to us (discovery and keys it answers itself).</summary>
internal static class OAuthRoutes
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string UserInfo = "/connect/userinfo";
    public const string Logout = "/connect/logout";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        string[] getOrPost = ["GET", "POST"];
        endpoints.MapMethods(Authorize, getOrPost, AuthorizeEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapPost(Token, TokenEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods(UserInfo, getOrPost, (Delegate)UserInfoEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods(Logout, getOrPost, (Delegate)LogoutEndpoint.HandleAsync).ExcludeFromDescription();
    }
}
