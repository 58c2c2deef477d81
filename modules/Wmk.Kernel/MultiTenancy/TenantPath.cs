using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Wmk.Kernel.MultiTenancy;

/// <summary>The route prefix /t/{slug} that names an organisation in a URL.</summary>
public static class TenantPath
{
    /// <summary>
    /// Splits "/t/{slug}/rest" into the slug and "/rest" ("/" when nothing follows the slug); false, with the path
    /// unchanged, when it has no such prefix.
    /// </summary>
    public static bool TrySplit(PathString path, [NotNullWhen(true)] out string? slug, out PathString rest)
    {
        if (!path.StartsWithSegments("/t", out var remaining) || !remaining.HasValue)
        {
            slug = null;
            rest = path;
            return false;
        }

        var value = remaining.Value!.TrimStart('/');
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        slug = slash < 0 ? value : value[..slash];
        rest = slash < 0 ? new PathString("/") : new PathString(value[slash..]);
        return true;
    }
}
