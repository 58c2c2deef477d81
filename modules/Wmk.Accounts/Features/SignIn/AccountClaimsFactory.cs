using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Security;

namespace Wmk.Accounts.Features.SignIn;

/// <summary>Adds the host-operator claim; tenant and role claims are added at sign-in for the chosen organisation.</summary>
internal sealed class AccountClaimsFactory(UserManager<Account> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.IsHostAdmin)
        {
            identity.AddClaim(new Claim(WmkClaims.HostAdmin, "true"));
        }

        return identity;
    }
}
