using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Wmk.Accounts.Features.ResetPassword;

/// <summary>Identity's password errors in the user's language (its own English text when no translation exists).</summary>
internal static class PasswordMessages
{
    public static IReadOnlyList<string> For(IEnumerable<IdentityError> errors, IStringLocalizer<AccountsResource> texts) =>
        errors.Select(e => texts["Password:" + e.Code] is { ResourceNotFound: false } text ? text.Value : e.Description).ToList();
}
