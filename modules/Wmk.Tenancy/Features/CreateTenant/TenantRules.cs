using System.Text.RegularExpressions;

namespace Wmk.Tenancy.Features.CreateTenant;

internal static partial class TenantRules
{
    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
