using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using Wmk.Accounts.Data;
using Wmk.Kernel.Errors;

namespace Wmk.Accounts.Features.OAuth.Clients.CreateClient;

/// <summary>Every rule a new client must meet; all problems are reported at once, nothing is stored.</summary>
internal sealed partial class CreateClientValidator(
    AccountsDbContext db, IOpenIddictApplicationManager applications, IStringLocalizer<AccountsResource> texts)
{
    public const int MinimumSecretLength = 24;

    public async Task ValidateAsync(CreateClientRequest request, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!ClientIdPattern().IsMatch(request.ClientId))
        {
            problems.Add(texts["Clients:InvalidId"]);
        }
        else if (await applications.FindByClientIdAsync(request.ClientId, ct) is not null)
        {
            problems.Add(texts["Clients:IdTaken", request.ClientId]);
        }

        if (request.ClientSecret is { Length: < MinimumSecretLength })
        {
            problems.Add(texts["Clients:WeakSecret", MinimumSecretLength]);
        }

        if (request.ClientSecret is null && request.RedirectUris.Count == 0)
        {
            problems.Add(texts["Clients:NeedsSecretOrRedirect"]);
        }

        if (request.RedirectUris.Any(u => !u.IsAbsoluteUri || u.Scheme is not ("https" or "http") || u.Fragment.Length > 0))
        {
            problems.Add(texts["Clients:InvalidRedirect"]);
        }

        if (!await db.Roles.AnyAsync(r => r.Name == request.Role, ct))
        {
            problems.Add(texts["Clients:UnknownRole", request.Role]);
        }

        if (problems.Count > 0)
        {
            throw new InvalidRequestException(problems);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,99}$")]
    private static partial Regex ClientIdPattern();
}
